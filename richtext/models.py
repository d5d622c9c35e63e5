import uuid

from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from .documents import KINDS, inspect_document, validate_document


def attachment_upload_to(instance, filename):
    stem, _dot, _ext = filename.rpartition(".")
    name = slugify(stem or filename)[:60] or "document"
    extension = KINDS[instance.kind][0]
    return timezone.now().strftime(f"documents/%Y/%m/{uuid.uuid4().hex[:12]}/{name}.{extension}")


class Attachment(models.Model):
    """A file attached to a piece of content (a decision, a results table, a form)."""

    title = models.CharField(_("title"), max_length=250)
    file = models.FileField(
        _("file"),
        upload_to=attachment_upload_to,
        max_length=250,
        validators=[validate_document],
        help_text=_("PDF, Word, Excel, PowerPoint, OpenDocument, CSV or plain text."),
    )
    kind = models.CharField(_("type"), max_length=10, editable=False, choices=[(k, v[1]) for k, v in KINDS.items()])
    size = models.PositiveBigIntegerField(_("size in bytes"), editable=False, default=0)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        abstract = True
        ordering = ["order", "id"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.file and not self.file._committed:
            self.kind = inspect_document(self.file.file)
            self.size = self.file.size
        super().save(*args, **kwargs)

    @property
    def kind_label(self):
        return KINDS.get(self.kind, ("", self.kind))[1]
