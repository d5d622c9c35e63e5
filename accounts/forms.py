"""Staff log-in forms that refuse an over-long user name as a form error, before it reaches authentication."""

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.models import User
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _
from django_otp.admin import OTPAdminAuthenticationForm

from .roles import ROLES


class UserNameLengthMixin:
    """Validate the user name's length: AuthenticationForm sets max_length after the field is built, so no
    validator checks it, and the lockout log's varchar(255) column fails on PostgreSQL for a longer name."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["username"]
        field.validators.append(MaxLengthValidator(field.max_length))


class LoginForm(UserNameLengthMixin, AdminAuthenticationForm):
    pass


class OTPLoginForm(UserNameLengthMixin, OTPAdminAuthenticationForm):
    pass


class StaffCreationForm(forms.ModelForm):
    """A new staff account on one screen: name, e-mail and role; the new user sets their own password
    from the link the site e-mails them, and is active at once."""

    role = forms.ChoiceField(label=_("Role"), choices=[(role, _(role)) for role in ROLES])

    class Meta:
        model = User
        fields = ["username", "first_name", "last_name", "email"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("first_name", "last_name", "email"):
            self.fields[name].required = True
        self.fields["email"].help_text = _("The link to choose a password is sent here.")

    def clean_email(self):
        email = self.cleaned_data["email"]
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(_("Another account already uses this e-mail address."))
        return email

    def save(self, commit=True):
        user = super().save(commit=False)
        user.is_staff = True
        user.is_active = True
        user.set_unusable_password()
        if commit:
            user.save()
        return user
