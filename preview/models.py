import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _


def new_token():
    return secrets.token_urlsafe(32)


def default_expiry():
    return timezone.now() + timedelta(hours=settings.PREVIEW_LINK_HOURS)


class PreviewLinkQuerySet(models.QuerySet):
    def for_object(self, obj):
        """Return the links made for `obj`, newest first."""
        return self.filter(content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk)

    def usable(self):
        """Return the links that still show their object: not revoked, not used up, not expired."""
        now = timezone.now()
        return self.filter(
            revoked_at=None,
            used_up_at=None,
            expires__gt=now,
            created__gt=now - timedelta(hours=settings.PREVIEW_LINK_HOURS),
        )


class PreviewLink(models.Model):
    """A secret address at which anyone may see one draft or scheduled article or page, until the link
    expires, is revoked or the object is published (a link never works again after a publication)."""

    content_type = models.ForeignKey(ContentType, verbose_name=_("content type"), on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField(_("object id"))
    content_object = GenericForeignKey("content_type", "object_id")
    token = models.CharField(_("token"), max_length=64, unique=True, default=new_token, editable=False)
    revision = models.ForeignKey(
        "history.Revision",
        verbose_name=_("revision"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    version = models.PositiveIntegerField(
        _("version"), null=True, blank=True, help_text=_("The saved version of the text the link was made for.")
    )
    version_saved = models.DateTimeField(_("version saved"), null=True, blank=True)
    created = models.DateTimeField(_("created"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="preview_links",
    )
    expires = models.DateTimeField(_("expires"), default=default_expiry)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    used_up_at = models.DateTimeField(
        _("used up"), null=True, blank=True, help_text=_("When the object was published: the link ended then.")
    )

    objects = PreviewLinkQuerySet.as_manager()

    class Meta:
        ordering = ["-created", "-id"]
        get_latest_by = ["created", "id"]
        verbose_name = _("preview link")
        verbose_name_plural = _("preview links")
        indexes = [models.Index(fields=["content_type", "object_id", "-created"], name="preview_link_object")]

    def __str__(self):
        return _("Preview of %(object)s, version %(version)s") % {
            "object": self.content_object or f"{self.content_type_id}:{self.object_id}",
            "version": self.version or "?",
        }

    def get_absolute_url(self):
        language = getattr(self.content_object, "language", None) or settings.LANGUAGE_CODE
        with translation.override(language):
            return reverse("preview", kwargs={"token": self.token})

    def is_usable(self):
        """Say in Python what PreviewLinkQuerySet.usable() says in SQL."""
        now = timezone.now()
        return (
            self.revoked_at is None
            and self.used_up_at is None
            and self.expires > now
            and self.created > now - timedelta(hours=settings.PREVIEW_LINK_HOURS)
        )
