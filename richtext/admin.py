"""Admin behaviour shared by the editors of rich text and images."""

import logging

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

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
