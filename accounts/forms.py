"""Staff log-in forms (an over-long user name is a form error, before it reaches authentication; with
two-factor, password and code in one submission) and the staff account creation form."""

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.models import User
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _
from django_otp.forms import otp_verification_failed

from . import two_factor
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


class OTPLoginForm(UserNameLengthMixin, AdminAuthenticationForm):
    """User name, password and the code of the user's authenticator app or a backup code, in one
    submission: the code's shape says which device it is for (two_factor.devices_for_code), and only a
    user with several authenticator apps is asked which one made it. A user without any device is
    logged in unverified, and the admin site leads them to set one up (two_factor.must_enrol)."""

    otp_token = forms.CharField(
        label=_("Code"),
        required=False,
        max_length=20,
        help_text=_("The 6-digit code from your authenticator app, or one of your backup codes."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autocapitalize": "off", "spellcheck": "false"}),
    )
    otp_device = forms.CharField(label=_("Authenticator app"), required=False, widget=forms.Select)

    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "token_required": _("Enter the code from your authenticator app, or one of your backup codes."),
        "invalid_token": _(
            "That code is not right. Codes change every 30 seconds: check that the time on your phone is "
            "right, or use one of your backup codes."
        ),
        "device_required": _("You have more than one authenticator app: choose the one that made this code."),
        "throttled": _("Too many wrong codes in a row: wait a moment, then try again."),
    }

    def clean(self):
        cleaned_data = super().clean()
        user = self.get_user()
        if user is None or two_factor.must_enrol(user):
            return cleaned_data
        self.fields["password"].widget.render_value = True  # a wrong code does not cost the password
        code = two_factor.normalise(cleaned_data.get("otp_token") or "")
        if not code:
            raise forms.ValidationError(self.error_messages["token_required"], code="token_required")
        device = self.chosen_device(user, code)
        user.otp_device, allowed = two_factor.verify(user, device, code)
        if not allowed:
            raise forms.ValidationError(self.error_messages["throttled"], code="throttled")
        if user.otp_device is None:
            otp_verification_failed.send(sender=self.__class__, user=user)
            raise forms.ValidationError(self.error_messages["invalid_token"], code="invalid_token")
        return cleaned_data

    def chosen_device(self, user, code):
        """Return the device the code is for, or ask which app made it when the user has several."""
        candidates = two_factor.devices_for_code(user, code)
        if not candidates:
            raise forms.ValidationError(self.error_messages["invalid_token"], code="invalid_token")
        if len(candidates) == 1:
            return candidates[0]
        self.fields["otp_device"].widget.choices = [("", "---------")] + [
            (device.persistent_id, device.name) for device in candidates
        ]
        for device in candidates:
            if device.persistent_id == self.cleaned_data.get("otp_device"):
                return device
        raise forms.ValidationError(self.error_messages["device_required"], code="device_required")

    def offers_device_choice(self):
        """Return whether the form asks which of several authenticator apps made the code."""
        return bool(self.fields["otp_device"].widget.choices)


class ConfirmDeviceForm(forms.Form):
    """The first code of an authenticator app being set up, which proves the app holds its secret."""

    code = forms.CharField(
        label=_("Code from the app"),
        max_length=10,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


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
