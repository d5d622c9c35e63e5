"""Files chosen in a form that came back with an error are kept, so saving again needs no new choice."""

from datetime import timedelta

from django import forms
from django.contrib.admin.widgets import AdminFileWidget
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from django.utils import timezone

from .models import KeptUpload

SALT = "editing.kept-upload"
KEPT_HOURS = 24


class KeptFileWidget(AdminFileWidget):
    """The admin's file input, saying which chosen file is kept and carrying it to the next submit."""

    template_name = "editing/kept_file_input.html"

    def __init__(self, attrs=None, kept=None):
        super().__init__(attrs)
        self.kept = kept  # {"name": ..., "token": ...}

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["kept"] = self.kept
        context["widget"]["kept_name"] = f"{name}-kept"
        return context


def kept_field_name(form, name):
    return f"{form.add_prefix(name)}-kept"


class KeepsUploads:
    """A form mixin: a file kept from an earlier submit stands in for a file field left empty."""

    kept_for_user = None  # set by the admin: only the user who chose a file gets it back

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound or self.kept_for_user is None:
            return
        for name, field in self.fields.items():
            if not isinstance(field, forms.FileField) or self.files.get(self.add_prefix(name)):
                continue
            upload = load(self.data.get(kept_field_name(self, name), ""), self.kept_for_user)
            if upload is not None:
                self.files = self.files.copy()
                self.files[self.add_prefix(name)] = upload
                self.fields[name].widget = KeptFileWidget(
                    kept={"name": upload.name, "token": self.data[kept_field_name(self, name)]}
                )


def keep_uploads(form, user):
    """After `form` came back with errors: keep the files it was given in fields without errors, and
    show them as kept in its widgets."""
    for name, field in form.fields.items():
        upload = form.files.get(form.add_prefix(name)) if form.files else None
        if not isinstance(field, forms.FileField) or not isinstance(upload, UploadedFile) or name in form.errors:
            continue
        token = getattr(upload, "kept_token", None) or stash(upload, user)
        field.widget = KeptFileWidget(kept={"name": upload.name, "token": token})


def stash(upload, user):
    """Store an uploaded file for `user`; return the signed token that gives it back."""
    KeptUpload.objects.filter(created__lt=timezone.now() - timedelta(hours=KEPT_HOURS)).delete()
    upload.seek(0)
    kept = KeptUpload.objects.create(
        user=user, name=upload.name[:255], content_type=upload.content_type or "", content=upload.read()
    )
    upload.seek(0)
    return signing.dumps({"kept": kept.pk, "user": user.pk}, salt=SALT)


def load(token, user):
    """Return the kept file a token names, as an upload, if it is the user's and still kept; else None."""
    if not token:
        return None
    try:
        data = signing.loads(token, salt=SALT, max_age=timedelta(hours=KEPT_HOURS))
    except signing.BadSignature:
        return None
    if data.get("user") != user.pk:
        return None
    kept = KeptUpload.objects.filter(pk=data.get("kept"), user=user).first()
    if kept is None:
        return None
    upload = SimpleUploadedFile(kept.name, bytes(kept.content), content_type=kept.content_type or None)
    upload.kept_token = token
    return upload
