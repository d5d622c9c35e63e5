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
        return _("%(object)s, version of %(date)s") % {
            "object": self.data.get("title") or f"{self.content_type_id}:{self.object_id}",
            "date": timezone.localtime(self.created).strftime("%Y-%m-%d %H:%M:%S"),
        }
