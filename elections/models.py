from django.db import models
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from multilingual.models import current_language
from richtext.fields import RichTextField


class Election(models.Model):
    """An election or referendum; its texts are kept once per language."""

    class Kind(models.TextChoices):
        PRESIDENTIAL = "presidential", _("Presidential election")
        PARLIAMENTARY = "parliamentary", _("Parliamentary election")
        LOCAL = "local", _("Local elections")
        REFERENDUM = "referendum", _("Referendum")

    class Status(models.TextChoices):
        ANNOUNCED = "announced", _("Announced")
        CAMPAIGN = "campaign", _("Campaign")
        POLLING = "polling", _("Polling")
        COUNTING = "counting", _("Counting")
        FINAL = "final", _("Results final")

    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    slug = models.SlugField(
        _("slug"), max_length=100, unique=True, help_text=_("The same in every language, e.g. 2026-local.")
    )
    title_tk = models.CharField(_("title (Turkmen)"), max_length=200)
    title_ru = models.CharField(_("title (Russian)"), max_length=200, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    description_tk = RichTextField(_("description (Turkmen)"), blank=True)
    description_ru = RichTextField(_("description (Russian)"), blank=True)
    description_en = RichTextField(_("description (English)"), blank=True)
    polling_day = models.DateField(_("polling day"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.ANNOUNCED)
    published = models.BooleanField(_("published"), default=True, help_text=_("Shown on the public site."))
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-polling_day"]
        get_latest_by = "polling_day"
        verbose_name = _("election")
        verbose_name_plural = _("elections")

    def __str__(self):
        return self.title or self.title_tk

    def get_absolute_url(self, language=None):
        with translation.override(language or current_language()):
            return reverse("elections:election_detail", kwargs={"slug": self.slug})

    def translated(self, field, language=None):
        return getattr(self, f"{field}_{language or current_language()}")

    @property
    def title(self):
        return self.translated("title")

    @property
    def description(self):
        return self.translated("description")

    def available_in(self, language):
        return bool(self.translated("title", language))
