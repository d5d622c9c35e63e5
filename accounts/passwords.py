"""Staff set their own passwords from an e-mailed link: when their account is made, and when they forget it."""

from django.conf import settings
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.models import User
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from .mail import compose, notify, send_later


def absolute(request, path):
    return f"{settings.SITE_URL}{path}" if settings.SITE_URL else request.build_absolute_uri(path)


def password_link(request, user):
    """The address where `user` sets a password of their own (Django's password-reset machinery)."""
    path = reverse(
        "password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return absolute(request, path)


def invite(request, user):
    """E-mail a new staff member the link to set their password, once the account is committed."""
    notify(
        user,
        "welcome",
        "accounts/email/welcome.txt",
        {"link": password_link(request, user), "login": absolute(request, reverse("admin:login"))},
    )


class StaffPasswordResetForm(PasswordResetForm):
    """ "Forgotten your password?": also for staff who never set one (an expired welcome link), in the
    staff member's language, sent in the background like every e-mail of the site."""

    def get_users(self, email):
        return User.objects.filter(email__iexact=email, is_active=True, is_staff=True)

    def save(self, request=None, **kwargs):
        self.request = request
        return super().save(request=request, **kwargs)

    def send_mail(
        self, subject_template_name, email_template_name, context, from_email, to_email, html_email_template_name=None
    ):
        user = context["user"]
        subject, body = compose(user, "accounts/email/password_reset.txt", {"link": password_link(self.request, user)})
        send_later(EmailMessage(subject, body, from_email, [to_email]), "password")
