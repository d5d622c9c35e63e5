from django.db import models
from django.utils.translation import gettext_lazy as _


class Term(models.Model):
    """A stem that occurs in the site's texts, with a word it was written as: what "Did you mean ...?"
    suggests when a search finds nothing. Kept by search.indexing; never shown as a list."""

    language = models.CharField(_("language"), max_length=7)
    stem = models.CharField(_("stem"), max_length=100)
    word = models.CharField(_("word as written"), max_length=100)

    class Meta:
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")
        constraints = [models.UniqueConstraint(fields=["language", "stem"], name="search_term_once_per_language")]

    def __str__(self):
        return f"{self.word} ({self.language})"
