"""Model fields shared by the apps that store rich text and images."""

from django.db import models
from django_ckeditor_5.fields import CKEditor5Field

from .images import clean_image, validate_image
from .sanitize import sanitize_html


class RichTextField(CKEditor5Field):
    """Rich text edited with CKEditor 5 and sanitized with nh3 before it is stored."""

    def pre_save(self, model_instance, add):
        value = sanitize_html(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value


class VerifiedImageField(models.ImageField):
    """An image field that accepts only decodable images and stores them without metadata."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("validators", [])
        kwargs["validators"] = [*kwargs["validators"], validate_image]
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["validators"] = [v for v in kwargs.get("validators", []) if v is not validate_image]
        if not kwargs["validators"]:
            del kwargs["validators"]
        return name, path, args, kwargs

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        if file and not file._committed:
            cleaned = clean_image(file.file)
            file.name = cleaned.name
            file.file = cleaned
        return super().pre_save(model_instance, add)
