"""Admin behaviour shared by the editors of rich text and images."""

import logging

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from commission_site.admin_tables import LabelledTabularInline
from commission_site.publishing import FollowsParentInline

logger = logging.getLogger(__name__)

try:  # Object storage (S3) failures, when django-storages is in use.
    from botocore.exceptions import BotoCoreError, ClientError

    STORAGE_ERRORS = (OSError, BotoCoreError, ClientError)
except ImportError:  # pragma: no cover
    STORAGE_ERRORS = (OSError,)


class StorageErrorAdminMixin:
    """When an upload cannot be stored, show the form again with everything typed and the reason."""

    storage_error_message = _(
        "The uploaded file could not be stored, so nothing was saved. Your text is kept below: "
        "choose the file again and save, or save without it. If this happens again, tell a site administrator."
    )

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except STORAGE_ERRORS:
            logger.exception("Storage error while saving %s", self.model._meta.label)
            request.storage_error = True
            return super().changeform_view(request, object_id, form_url, extra_context)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if not getattr(request, "storage_error", False):
            return form
        message = self.storage_error_message

        class StorageErrorForm(form):
            def clean(self):
                super().clean()
                raise ValidationError(message)

        return StorageErrorForm


class AttachmentForm(forms.ModelForm):
    """A document row: an upload or a registry document; in a new translation, the source's row (the same
    registry document, or the same stored file)."""

    shared_from = forms.IntegerField(widget=forms.HiddenInput, required=False)
    shared_rows = None  # the source's attachments a new translation may share (set per request)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "document" in self.fields:
            self.fields["document"].error_messages["invalid_choice"] = _(
                "Only published documents of the registry can be attached, and this one is not (or no longer) "
                "published. Choose another document, or remove the row."
            )

    def clean(self):
        cleaned = super().clean()
        source = (
            self.shared_rows.filter(pk=cleaned.get("shared_from")).first() if self.shared_rows is not None else None
        )
        # No new upload and the carried-over file not cleared: the row keeps the source's stored file.
        if source is not None and source.file and cleaned.get("file") is None and not cleaned.get("document"):
            cleaned["file"] = source.file.name
        return cleaned


def shared_attachments(request, model):
    """The attachments a new translation starts with: its source's (the same registry documents, the same
    stored files)."""
    source_id = request.GET.get("translation_of", "")
    if request.method != "GET" or not source_id.isdigit():
        return []
    rows = model.objects.filter(**{f"{model.owner_field}_id": source_id}).order_by("order", "id")
    return [
        {"title": row.title, "document": row.document_id, "file": row.file or None, "order": row.order,
         "shared_from": row.pk}
        for row in rows
    ]  # fmt: skip


class SharedAttachmentInline(FollowsParentInline, LabelledTabularInline):
    """Documents of a translatable record, uploaded or chosen from the registry, shared by a new translation."""

    form = AttachmentForm
    extra = 0
    fields = ["title", "document", "file", "order", "kind", "size", "shared_from"]
    readonly_fields = ["kind", "size"]
    autocomplete_fields = ["document"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("document")

    def get_extra(self, request, obj=None, **kwargs):
        return len(shared_attachments(request, self.model)) if obj is None else 0

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        source_id = request.GET.get("translation_of", "")
        model = self.model

        class Form(formset.form):
            shared_rows = (
                model.objects.filter(**{f"{model.owner_field}_id": source_id})
                if obj is None and source_id.isdigit()
                else None
            )

        formset.form = Form
        return formset
