"""Staff log-in forms that refuse an over-long user name as a form error, before it reaches authentication."""

from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.validators import MaxLengthValidator
from django_otp.admin import OTPAdminAuthenticationForm


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
