"""Model fields shared by the apps that store rich text and images."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import ngettext
from django_ckeditor_5.fields import CKEditor5Field

from .images import clean_image, validate_image
from .sanitize import images_without_description, is_empty_html, sanitize_html


def validate_image_descriptions(value):
    """Refuse rich text with images that have no text alternative."""
    missing = images_without_description(value)
    if missing:
        raise ValidationError(
            ngettext(
                "An image in the text has no description for readers who cannot see it. Select the image, "
                "choose “Change image text alternative” in its toolbar and describe it.",
                "%(count)d images in the text have no description for readers who cannot see them. Select each "
                "image, choose “Change image text alternative” in its toolbar and describe it.",
                missing,
            )
            % {"count": missing},
            code="image_alt",
        )


class RichTextFormField(forms.CharField):
    """Rich text from the editor: markup without text or image (CKEditor's empty <p>&nbsp;</p>) is empty."""

    def to_python(self, value):
        value = super().to_python(value)
        return "" if is_empty_html(value) else value


class RichTextField(CKEditor5Field):
    """Rich text edited with CKEditor 5 and sanitized with nh3 before it is stored."""

    default_validators = [validate_image_descriptions]

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": RichTextFormField, **kwargs})

    def to_python(self, value):
        return "" if is_empty_html(value) else value

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
