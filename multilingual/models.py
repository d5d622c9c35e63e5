"""Content written once per language, with the versions linked as translations of each other."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


def current_language():
    """Return the active language code, narrowed to one of the site's languages."""
    code = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


class TranslatableQuerySet(models.QuerySet):
    def in_language(self, language=None):
        """Return the records written in `language` (the active language by default)."""
        return self.filter(language=language or current_language())

    def translations_of(self, obj):
        """Return the other language versions of `obj`."""
        return self.filter(translation_group=obj.translation_group).exclude(pk=obj.pk)


class Translatable(models.Model):
    """One language version of a piece of content; versions share a translation group."""

    language = models.CharField(
        _("language"),
        max_length=7,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language this version is written in."),
    )
    translation_group = models.UUIDField(
        _("translation group"),
        default=uuid.uuid4,
        editable=False,
        help_text=_("Versions of the same content in different languages share this value."),
    )

    class Meta:
        abstract = True
        constraints = [
            models.UniqueConstraint(
                fields=["translation_group", "language"],
                name="%(app_label)s_%(class)s_one_version_per_language",
            )
        ]
