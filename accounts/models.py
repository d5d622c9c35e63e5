"""What a staff account keeps beside Django's user: the admin language and which e-mails to send."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class StaffProfile(models.Model):
    """A staff member's own settings: the language of their admin and e-mails, and their notifications."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_profile", verbose_name=_("user")
    )
    language = models.CharField(
        _("admin language"),
        max_length=7,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_(
            "The language of the admin and of the e-mails the site sends you. Left empty, the admin follows "
            "your browser and e-mails are in Turkmen."
        ),
    )
    notify_submitted = models.BooleanField(
        _("something is submitted for review"), default=True, help_text=_("Sent to editors.")
    )
    notify_returned = models.BooleanField(_("my work is returned to me with a comment"), default=True)
    notify_published = models.BooleanField(_("my work is published or scheduled"), default=True)

    class Meta:
        verbose_name = _("staff profile")
        verbose_name_plural = _("staff profiles")

    def __str__(self):
        return str(self.user)

    @property
    def email_language(self):
        return self.language or settings.LANGUAGE_CODE


def profile_of(user):
    """Return the user's profile, made with the defaults the first time it is asked for."""
    return StaffProfile.objects.get_or_create(user=user)[0]


class FailedEmail(models.Model):
    """An e-mail to staff that could not be sent: counted on the site administrators' dashboard."""

    recipient = models.CharField(_("recipient"), max_length=254)
    kind = models.CharField(_("kind"), max_length=30)
    subject = models.CharField(_("subject"), max_length=200)
    error = models.CharField(_("error"), max_length=500)
    created = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("e-mail not sent")
        verbose_name_plural = _("e-mails not sent")

    def __str__(self):
        return f"{self.kind} → {self.recipient}"
