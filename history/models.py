from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class RevisionQuerySet(models.QuerySet):
    def for_object(self, obj):
        """Return the revisions of `obj`, newest first."""
        content_type = ContentType.objects.get_for_model(obj)
        return self.filter(content_type=content_type, object_id=obj.pk)


class Revision(models.Model):
    """The tracked field values of an article or page as one save left them."""

    content_type = models.ForeignKey(ContentType, verbose_name=_("content type"), on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField(_("object id"))
    content_object = GenericForeignKey("content_type", "object_id")
    created = models.DateTimeField(_("saved"), default=timezone.now)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="revisions",
    )
    number = models.PositiveIntegerField(
        _("version"), default=0, help_text=_("1 for a record's first version, and so on.")
    )
    comment = models.CharField(_("comment"), max_length=255, blank=True)
    data = models.JSONField(_("data"), help_text=_("The tracked field values of the record as saved."))

    objects = RevisionQuerySet.as_manager()

    class Meta:
        ordering = ["-created", "-id"]
        get_latest_by = ["created", "id"]
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")
        indexes = [models.Index(fields=["content_type", "object_id", "-created"], name="history_revision_object")]

    def __str__(self):
        return _("%(object)s, version %(number)s of %(date)s") % {
            "object": self.data.get("title") or f"{self.content_type_id}:{self.object_id}",
            "number": self.number,
            "date": timezone.localtime(self.created).strftime("%Y-%m-%d %H:%M:%S"),
        }

    def save(self, *args, **kwargs):
        if not self.number:
            latest = Revision.objects.filter(content_type_id=self.content_type_id, object_id=self.object_id)
            self.number = (latest.aggregate(models.Max("number"))["number__max"] or 0) + 1
        super().save(*args, **kwargs)
