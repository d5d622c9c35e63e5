import uuid

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from .documents import KINDS, inspect_document, validate_document


def attachment_upload_to(instance, filename):
    stem, _dot, _ext = filename.rpartition(".")
    name = slugify(stem or filename)[:60] or "document"
    extension = KINDS[instance.kind][0]
    return timezone.now().strftime(f"documents/%Y/%m/{uuid.uuid4().hex[:12]}/{name}.{extension}")


# "(in Russian)" after a registry file shown in another language than the page's.
IN_LANGUAGE = {"tk": _("in Turkmen"), "ru": _("in Russian"), "en": _("in English")}
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def published_documents():
    """The registry documents that may be attached: those the public sees (the registry's own rule)."""
    return Q(pk__in=apps.get_model("elections", "Document").objects.published().values("pk"))


class AttachmentQuerySet(models.QuerySet):
    def public(self):
        """Return the attachments the public sees: uploads, and registry documents the registry publishes,
        with their files."""
        documents = apps.get_model("elections", "Document").objects.published()
        return (
            self.filter(Q(document__isnull=True) | Q(document__in=documents.values("pk")))
            .select_related("document")
            .prefetch_related("document__versions")
        )


class Attachment(models.Model):
    """A file attached to a piece of content (a decision, a results table, a form): an upload, or a
    document of the registry (elections.Document), shown in the content's language where it has a file."""

    owner_field = None  # the name of the foreign key to the content, whose language the attachment is shown in

    title = models.CharField(
        _("title"),
        max_length=250,
        blank=True,
        help_text=_("Needed for an upload; for a registry document, left blank, its title in the language shown."),
    )
    document = models.ForeignKey(
        "elections.Document",
        verbose_name=_("registry document"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="%(app_label)s_attachments",
        limit_choices_to=published_documents,
        help_text=_(
            "A published document of the registry, in place of an upload: readers get the registry's file in "
            "the page's language where it has one, at the registry's address."
        ),
    )
    file = models.FileField(
        _("file"),
        upload_to=attachment_upload_to,
        max_length=250,
        blank=True,
        validators=[validate_document],
        help_text=_("PDF, Word, Excel, PowerPoint, OpenDocument, CSV or plain text."),
    )
    kind = models.CharField(_("type"), max_length=10, editable=False, choices=[(k, v[1]) for k, v in KINDS.items()])
    size = models.PositiveBigIntegerField(_("size in bytes"), editable=False, default=0)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = AttachmentQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["order", "id"]

    def __str__(self):
        return self.title or (str(self.document) if self.document_id else "")

    def save(self, *args, **kwargs):
        if self.file and not self.file._committed:
            self.kind = inspect_document(self.file.file)
            self.size = self.file.size
        elif self.file and not self.kind:  # a stored file shared with another attachment (a translation's)
            with self.file.open("rb") as stored:
                self.kind = inspect_document(stored)
            self.size = self.file.size
        elif not self.file:
            self.kind, self.size = "", 0
        super().save(*args, **kwargs)

    def clean(self):
        if self.file and self.document_id:
            raise ValidationError(
                _("Either upload a file or choose a registry document, not both: clear the file or the document.")
            )
        if not self.file and not self.document_id:
            raise ValidationError(_("Upload a file or choose a document of the registry."))
        if self.file and not self.title.strip():
            raise ValidationError({"title": _("Give the uploaded file a title.")})

    @property
    def language(self):
        """The language of the content the attachment belongs to."""
        return getattr(self, self.owner_field).language

    @property
    def shown_title(self):
        """The title readers see: the one typed, else the registry's in the content's language (or any)."""
        if self.title or not self.document_id:
            return self.title
        return self.document.translated("title", self.language, fallback=True)

    @property
    def title_language(self):
        """The language of the shown title, when it is not the content's (a registry title in another)."""
        if self.title or not self.document_id or self.document.translated("title", self.language):
            return ""
        return next((code for code in LANGUAGE_CODES if self.document.translated("title", code)), "")

    @cached_property
    def registry_file(self):
        """The registry document's newest file in the content's language, else in the first language that
        has one (Turkmen, Russian, English); None for an upload or a document without files."""
        if not self.document_id:
            return None
        newest = self.document.latest_files()
        order = [self.language, *LANGUAGE_CODES]
        return next((newest[code] for code in order if code in newest), None)

    @property
    def registry_file_note(self):
        """ "in Russian" when the registry's file is not in the content's language, else ""."""
        version = self.registry_file
        if version is None or version.language == self.language:
            return ""
        return IN_LANGUAGE.get(version.language, version.language)

    @property
    def kind_label(self):
        return KINDS.get(self.kind, ("", self.kind))[1]
