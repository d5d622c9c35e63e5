"""The audit log: an append-only chain of entries, each hashed over its content and the previous entry's hash."""

import hashlib
import json
from datetime import UTC

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import formats, timezone
from django.utils.dateparse import parse_datetime
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .actions import Action

# The previous hash of the first entry.
GENESIS_HASH = "0" * 64


def plain(value):
    """Return a JSON value in the one form every database gives back (PostgreSQL's jsonb keeps 100.0 as 100)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


def shown(value):
    """Return a detail as the message shows it: lists joined, moments in the reader's language and time zone."""
    if isinstance(value, bool):
        return gettext("yes") if value else gettext("no")
    if isinstance(value, list):
        return ", ".join(str(shown(item)) for item in value) or "—"
    if value is None:
        return "—"
    if isinstance(value, str) and len(value) >= 16 and value[4:5] == "-" and value[10:11] == "T":
        moment = parse_datetime(value)
        if moment is not None and timezone.is_aware(moment):
            return formats.date_format(timezone.localtime(moment), "DATETIME_FORMAT")
    return value


class AuditEntryQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise TypeError("Audit entries are never changed.")

    def delete(self):
        raise TypeError("Audit entries are never deleted by the site (see docs/operations.md to archive them).")


class AuditEntry(models.Model):
    """One consequential action: who did what to which object, when and from where, in a hash chain."""

    sequence = models.PositiveBigIntegerField(_("number"), unique=True, editable=False)
    created = models.DateTimeField(_("when"), default=timezone.now, editable=False)
    action = models.CharField(_("action"), max_length=40, choices=Action.choices)
    # The user's id and name as they were: a deleted user's entries keep both (no constraint, nothing cascades).
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        blank=True,
        related_name="+",
    )
    user_name = models.CharField(_("user name"), max_length=150, blank=True)
    address = models.CharField(_("address"), max_length=45, blank=True)
    content_type = models.ForeignKey(
        ContentType,
        verbose_name=_("kind of object"),
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        blank=True,
        related_name="+",
    )
    object_id = models.CharField(_("object id"), max_length=64, blank=True)
    object_repr = models.CharField(_("object"), max_length=200, blank=True)
    message = models.TextField(_("message"))
    details = models.JSONField(_("details"), default=dict, blank=True)
    previous_hash = models.CharField(_("previous hash"), max_length=64)
    hash = models.CharField(_("hash"), max_length=64)

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-sequence"]
        get_latest_by = "sequence"
        default_permissions = ["view"]
        verbose_name = _("audit log entry")
        verbose_name_plural = _("audit log")
        indexes = [
            models.Index(fields=["content_type", "object_id", "-sequence"], name="audit_entry_object"),
            models.Index(fields=["created"], name="audit_entry_created"),
        ]

    def __str__(self):
        return f"#{self.sequence} {self.get_action_display()}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise TypeError("Audit entries are never changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise TypeError("Audit entries are never deleted by the site (see docs/operations.md to archive them).")

    def canonical(self):
        """Return the entry's fixed serialisation: every stored field but the row id and the hash itself."""
        content = {
            "sequence": self.sequence,
            "created": self.created.astimezone(UTC).isoformat(),
            "action": self.action,
            "user": self.user_id,
            "user_name": self.user_name,
            "address": self.address,
            "content_type": self.content_type_id,
            "object_id": self.object_id,
            "object_repr": self.object_repr,
            "message": self.message,
            "details": plain(self.details),
            "previous_hash": self.previous_hash,
        }
        return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()

    def compute_hash(self):
        return hashlib.sha256(self.canonical()).hexdigest()

    @property
    def user_shown(self):
        return self.user_name or gettext("the system")

    def text(self):
        """Return what happened in words, in the active language, with the values filled in."""
        values = {key: shown(value) for key, value in self.details.items()} if isinstance(self.details, dict) else {}
        words = capfirst(gettext(self.message)) if self.message else ""
        system = not self.user_name and words.startswith("%(user)s")
        values.update(user=capfirst(self.user_shown) if system else self.user_shown, object=self.object_repr)
        try:
            return words % values
        except (KeyError, ValueError, TypeError):
            return words
