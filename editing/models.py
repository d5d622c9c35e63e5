"""Who has which change form open, and what each user typed and has not saved yet."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class EditingSession(models.Model):
    """A user has the change form of a record open: since when, and when their page was last heard from."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE)
    form_key = models.CharField(_("form"), max_length=100, help_text=_("app.model:id of the record edited."))
    started = models.DateTimeField(_("editing since"))
    last_seen = models.DateTimeField(_("last heard from"))

    class Meta:
        verbose_name = _("editing session")
        verbose_name_plural = _("editing sessions")
        constraints = [models.UniqueConstraint(fields=["form_key", "user"], name="editing_session_once_per_user")]

    def __str__(self):
        return f"{self.user} — {self.form_key}"


class UnsavedChanges(models.Model):
    """What a user typed into a form and has not saved: theirs alone, offered back when they open it again."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE)
    form_key = models.CharField(_("form"), max_length=100, help_text=_("app.model:id, or app.model:add."))
    data = models.JSONField(_("typed values"), help_text=_("Field name to the list of its values, files left out."))
    base_token = models.CharField(_("loaded version"), max_length=64, blank=True)
    saved_at = models.DateTimeField(_("kept at"))

    class Meta:
        verbose_name = _("unsaved changes")
        verbose_name_plural = _("unsaved changes")
        constraints = [models.UniqueConstraint(fields=["form_key", "user"], name="editing_unsaved_once_per_user")]

    def __str__(self):
        return f"{self.user} — {self.form_key}"


class KeptUpload(models.Model):
    """A file chosen in a form that was sent back with an error: kept so the next save has it without
    choosing it again. Private to its user; kept in the database so any app server can read it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE)
    name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(_("content type"), max_length=100, blank=True)
    content = models.BinaryField(_("content"))
    created = models.DateTimeField(_("kept at"), auto_now_add=True)

    class Meta:
        verbose_name = _("kept upload")
        verbose_name_plural = _("kept uploads")
        indexes = [models.Index(fields=["created"], name="editing_kept_upload_created")]

    def __str__(self):
        return self.name
