import hashlib
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F, Max, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from multilingual.models import current_language
from richtext.documents import KINDS as FILE_KINDS
from richtext.documents import inspect_document, validate_document
from richtext.fields import RichTextField

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
RESERVED_ELECTION_SLUGS = {"documents", "calendar", "schema"}
COUNTING_DAYS = 10  # results may refer to polling day and this many days after, unless the calendar says
TOTAL_CODE = "TOTAL"  # the region code of the rows that add up all regions, in tables and downloads


class PerLanguageText:
    """Records that keep their texts once per language, in `<field>_tk`, `<field>_ru`, `<field>_en`."""

    def translated(self, field, language=None, fallback=False):
        """Return `field` in `language`; with `fallback`, in the first language that has it."""
        value = getattr(self, f"{field}_{language or current_language()}")
        if value or not fallback:
            return value
        return next((v for code in LANGUAGE_CODES if (v := getattr(self, f"{field}_{code}"))), "")


# Elections ------------------------------------------------------------------------------------


class ElectionQuerySet(models.QuerySet):
    def published(self):
        """Return the elections the public may see."""
        return self.filter(published=True)

    def in_language(self, language=None):
        """Return the elections that have a title in `language` (the active language by default)."""
        return self.exclude(**{f"title_{language or current_language()}": ""})

    def active(self):
        """Return the elections that are announced or under way: not yet with final results."""
        return self.filter(status__in=Election.ACTIVE_STATUSES)

    def with_key_dates(self):
        """Return the elections with their key dates in `key_date_list`, in calendar order."""
        elections = list(self.prefetch_related(models.Prefetch("key_dates", to_attr="key_date_list")))
        for election in elections:
            election.key_date_list.sort(key=KeyDate.sort_key)
        return elections


class Election(PerLanguageText, models.Model):
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

    ACTIVE_STATUSES = [Status.ANNOUNCED, Status.CAMPAIGN, Status.POLLING, Status.COUNTING]
    LIVE_STATUSES = [Status.POLLING, Status.COUNTING]  # figures come in: the hub may update itself

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
    regions = models.ManyToManyField(
        "Region",
        blank=True,
        related_name="+",
        verbose_name=_("regions taking part"),
        help_text=_("Leave empty when the whole country votes; turnout and results are entered for these regions."),
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    objects = ElectionQuerySet.as_manager()

    class Meta:
        ordering = ["-polling_day"]
        get_latest_by = "polling_day"
        verbose_name = _("election")
        verbose_name_plural = _("elections")
        indexes = [models.Index(fields=["published", "status", "polling_day"], name="elections_public")]

    def __str__(self):
        return self.title or self.title_tk

    def get_absolute_url(self, language=None):
        with translation.override(language or current_language()):
            return reverse("elections:election_detail", kwargs={"slug": self.slug})

    @property
    def title(self):
        return self.translated("title")

    @property
    def description(self):
        return self.translated("description")

    def available_in(self, language):
        return bool(self.translated("title", language))

    @property
    def is_active(self):
        return self.status in self.ACTIVE_STATUSES

    def clean(self):
        if self.slug in RESERVED_ELECTION_SLUGS:
            raise ValidationError({"slug": _("This address is used by another part of the site; choose another slug.")})

    def taking_part(self):
        """Return the regions taking part, in display order: those chosen, or all."""
        chosen = list(self.regions.all()) if self.pk else []
        return chosen or list(Region.objects.all())

    def counting_ends_on(self):
        """Return the last day results may refer to: the calendar's "results announced by" date, else
        polling day plus COUNTING_DAYS."""
        dates = [d.last_day for d in self.key_dates.all() if d.kind == KeyDate.Kind.RESULTS] if self.pk else []
        return max(dates, default=self.polling_day + timedelta(days=COUNTING_DAYS))

    def calendar(self, key_dates=None):
        """Return the key dates in order, with the polling day added when it was not entered as one."""
        entries = sorted(self.key_dates.all() if key_dates is None else key_dates, key=KeyDate.sort_key)
        if not any(entry.kind == KeyDate.Kind.POLLING_DAY for entry in entries):
            polling = KeyDate(election=self, kind=KeyDate.Kind.POLLING_DAY, starts_on=self.polling_day)
            polling.updated = self.updated
            entries = sorted([*entries, polling], key=KeyDate.sort_key)
        return entries


class Region(PerLanguageText, models.Model):
    """A region of the country (a welaýat, or the capital) for which figures are reported."""

    code = models.CharField(
        _("code"), max_length=10, unique=True, help_text=_("A short code used in downloads, e.g. AH or AG.")
    )
    name_tk = models.CharField(_("name (Turkmen)"), max_length=100)
    name_ru = models.CharField(_("name (Russian)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100)
    order = models.PositiveSmallIntegerField(_("display order"), default=0, help_text=_("Lower numbers come first."))

    class Meta:
        ordering = ["order", "code"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return self.translated("name", fallback=True) or self.code

    @property
    def name(self):
        return self.translated("name", fallback=True)

    def clean(self):
        if self.code.upper() == TOTAL_CODE:
            raise ValidationError({"code": _("This code is used for the totals; choose another.")})


# Calendar -------------------------------------------------------------------------------------


class KeyDate(PerLanguageText, models.Model):
    """A date or period of an election's calendar."""

    class Kind(models.TextChoices):
        ANNOUNCEMENT = "announcement", _("Election called")
        NOMINATION = "nomination", _("Nomination of candidates")
        REGISTRATION = "registration", _("Registration of candidates")
        CAMPAIGN = "campaign", _("Election campaign")
        EARLY_VOTING = "early_voting", _("Early voting")
        POLLING_DAY = "polling_day", _("Polling day")
        RESULTS = "results", _("Results announced by")
        OTHER = "other", _("Other")

    KIND_ORDER = {kind: position for position, kind in enumerate(Kind.values)}

    class Position(models.TextChoices):
        PAST = "past", _("Done")
        CURRENT = "current", _("Now")
        NEXT = "next", _("Next")
        LATER = "later", _("Later")

    election = models.ForeignKey(
        Election, on_delete=models.CASCADE, related_name="key_dates", verbose_name=_("election")
    )
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    starts_on = models.DateField(_("date"), help_text=_("The day, or the first day of a period."))
    ends_on = models.DateField(
        _("last day"), null=True, blank=True, help_text=_("For a period only: its last day. Leave blank for one day.")
    )
    title_tk = models.CharField(
        _("title (Turkmen)"), max_length=200, blank=True, help_text=_("Optional: replaces the name of the type.")
    )
    title_ru = models.CharField(_("title (Russian)"), max_length=200, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    description_tk = models.TextField(_("description (Turkmen)"), blank=True)
    description_ru = models.TextField(_("description (Russian)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["starts_on", "id"]
        verbose_name = _("key date")
        verbose_name_plural = _("calendar")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=F("starts_on")),
                name="elections_keydate_ends_after_start",
                violation_error_message=_("The last day cannot be before the first day."),
            )
        ]

    def __str__(self):
        return f"{self.title} ({self.starts_on:%Y-%m-%d})"

    @staticmethod
    def sort_key(key_date):
        return (
            key_date.starts_on,
            key_date.last_day,
            KeyDate.KIND_ORDER.get(key_date.kind, 99),
            key_date.pk or 0,
        )

    @property
    def title(self):
        return self.translated("title") or self.Kind(self.kind).label

    @property
    def description(self):
        return self.translated("description")

    @property
    def last_day(self):
        return self.ends_on or self.starts_on

    @property
    def is_period(self):
        return self.ends_on is not None and self.ends_on != self.starts_on

    def uid(self, domain):
        """Return the event's stable identifier for calendar applications."""
        if self.pk is None:
            return f"election-{self.election_id}-polling-day@{domain}"
        return f"keydate-{self.pk}@{domain}"

    def clean(self):
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The last day cannot be before the first day.")})
        if self.kind == self.Kind.OTHER and not self.title_tk:
            raise ValidationError({"title_tk": _("Give a date of the type “Other” a title.")})
        try:
            election = self.election  # unsaved while the election itself is being added
        except Election.DoesNotExist:
            election = None
        if (
            self.kind == self.Kind.POLLING_DAY
            and election is not None
            and self.starts_on
            and self.starts_on != election.polling_day
        ):
            raise ValidationError(
                {
                    "starts_on": _("The polling day must be the election's polling day (%(day)s).")
                    % {"day": election.polling_day.isoformat()}
                }
            )


def mark_positions(entries, today=None):
    """Set `position` on each calendar entry: past, current, the next one, or later; return them."""
    today = today or timezone.localdate()
    next_found = False
    for entry in entries:
        if entry.last_day < today:
            entry.position = KeyDate.Position.PAST
        elif entry.starts_on <= today:
            entry.position = KeyDate.Position.CURRENT
        elif not next_found:
            entry.position = KeyDate.Position.NEXT
            next_found = True
        else:
            entry.position = KeyDate.Position.LATER
    return entries


# Turnout --------------------------------------------------------------------------------------


class ReleasedQuerySet(models.QuerySet):
    def published(self):
        """Return the reports the public sees: published, released, their moment come, their election public."""
        return self.filter(published=True, version__gte=1, published_at__lte=timezone.now(), election__published=True)

    def scheduled_moments(self):
        """Return the moments released reports are due, as values(moment=...) rows (sitecache's schedule)."""
        scheduled = self.filter(published=True, version__gte=1, published_at__gt=timezone.now())
        return scheduled.order_by().values(moment=F("published_at"))


class ReleasedFigures(models.Model):
    """Figures whose public version is a frozen copy: `released`, made when a publisher saves them.

    A change to what the public has seen makes a new version (a correction, with its reason); the
    earlier versions are kept as ReportVersion rows, downloadable at their own addresses."""

    publish_at = models.DateTimeField(
        _("publish at"),
        null=True,
        blank=True,
        help_text=_("Leave empty to publish on saving, or choose the moment the figures appear by themselves."),
    )
    published_at = models.DateTimeField(_("first published"), null=True, editable=False)
    corrected_at = models.DateTimeField(_("last corrected"), null=True, editable=False)
    version = models.PositiveIntegerField(_("public version"), default=0, editable=False)
    released = models.JSONField(_("public figures"), null=True, editable=False)

    objects = ReleasedQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_public(self):
        """Say whether the public has seen the released figures (so that a change is a correction)."""
        return self.version >= 1 and self.published_at is not None and self.published_at <= timezone.now()


class TurnoutReport(ReleasedFigures):
    """The turnout at one moment of polling day, region by region."""

    election = models.ForeignKey(
        Election, on_delete=models.CASCADE, related_name="turnout_reports", verbose_name=_("election")
    )
    reported_at = models.DateTimeField(
        _("time of the report"),
        default=timezone.now,
        help_text=_("The time the figures refer to, e.g. 10:00 on polling day."),
    )
    published = models.BooleanField(
        _("published"),
        default=False,
        help_text=_("Shown on the public site. Only editors may publish or change a published report."),
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-reported_at"]
        get_latest_by = "reported_at"
        verbose_name = _("turnout report")
        verbose_name_plural = _("turnout reports")
        permissions = [("publish_turnoutreport", _("Can publish turnout reports"))]
        constraints = [
            models.UniqueConstraint(
                fields=["election", "reported_at"],
                name="elections_turnout_one_report_per_time",
                violation_error_message=_("This election already has a turnout report for this time."),
            )
        ]

    def __str__(self):
        moment = timezone.localtime(self.reported_at).strftime("%Y-%m-%d %H:%M")
        return f"{self.election} — {moment}"


class TurnoutFigure(models.Model):
    report = models.ForeignKey(
        TurnoutReport, on_delete=models.CASCADE, related_name="figures", verbose_name=_("report")
    )
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+", verbose_name=_("region"))
    registered = models.PositiveIntegerField(_("registered voters"))
    ballots_cast = models.PositiveIntegerField(_("ballots cast"))

    class Meta:
        ordering = ["region__order", "region__code"]
        verbose_name = _("turnout in a region")
        verbose_name_plural = _("turnout by region")
        constraints = [
            models.UniqueConstraint(
                fields=["report", "region"],
                name="elections_turnout_region_once_per_report",
                violation_error_message=_("Each region can appear only once in a report."),
            ),
            models.CheckConstraint(
                condition=Q(ballots_cast__lte=F("registered")),
                name="elections_turnout_ballots_within_registered",
                violation_error_message=_("Ballots cast cannot be more than the registered voters."),
            ),
        ]

    def __str__(self):
        return f"{self.region}: {self.ballots_cast} / {self.registered}"

    def clean(self):
        if self.registered is not None and self.ballots_cast is not None and self.ballots_cast > self.registered:
            raise ValidationError(
                {
                    "ballots_cast": _(
                        "Ballots cast (%(ballots)s) cannot be more than the registered voters (%(registered)s)."
                    )
                    % {"ballots": self.ballots_cast, "registered": self.registered}
                }
            )


# Results --------------------------------------------------------------------------------------


class Candidate(PerLanguageText, models.Model):
    """A candidate, a list, or one of a referendum's answers."""

    election = models.ForeignKey(
        Election, on_delete=models.CASCADE, related_name="candidates", verbose_name=_("election")
    )
    name_tk = models.CharField(_("name (Turkmen)"), max_length=200)
    name_ru = models.CharField(_("name (Russian)"), max_length=200, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0, help_text=_("As on the ballot paper."))

    class Meta:
        ordering = ["order", "id"]
        verbose_name = _("candidate or option")
        verbose_name_plural = _("candidates or options")

    def __str__(self):
        return self.name

    @property
    def name(self):
        return self.translated("name", fallback=True)


class ResultReportQuerySet(ReleasedQuerySet):
    def best_first(self):
        """Final results first, then the newest preliminary ones."""
        final_first = models.Case(models.When(stage=ResultReport.Stage.FINAL, then=0), default=1)
        return self.order_by(final_first, "-reported_at", "-pk")


class ResultReport(ReleasedFigures):
    """The votes of each candidate or option, region by region: preliminary or final."""

    class Stage(models.TextChoices):
        PRELIMINARY = "preliminary", _("Preliminary")
        FINAL = "final", _("Final")

    election = models.ForeignKey(
        Election, on_delete=models.CASCADE, related_name="result_reports", verbose_name=_("election")
    )
    stage = models.CharField(_("stage"), max_length=20, choices=Stage.choices, default=Stage.PRELIMINARY)
    reported_at = models.DateTimeField(_("time of the report"), default=timezone.now)
    published = models.BooleanField(
        _("published"),
        default=False,
        help_text=_("Shown on the public site. Only editors may publish or change a published report."),
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    objects = ResultReportQuerySet.as_manager()

    class Meta:
        ordering = ["-reported_at"]
        get_latest_by = "reported_at"
        verbose_name = _("results")
        verbose_name_plural = _("results")
        permissions = [("publish_resultreport", _("Can publish results"))]
        constraints = [
            models.UniqueConstraint(
                fields=["election"],
                condition=Q(stage="final"),
                name="elections_results_one_final_per_election",
                violation_error_message=_("This election already has final results."),
            )
        ]

    def __str__(self):
        return f"{self.election} — {self.get_stage_display()}"


class ResultFigure(models.Model):
    report = models.ForeignKey(
        ResultReport, on_delete=models.CASCADE, related_name="figures", verbose_name=_("results")
    )
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+", verbose_name=_("region"))
    candidate = models.ForeignKey(
        Candidate, on_delete=models.CASCADE, related_name="figures", verbose_name=_("candidate or option")
    )
    votes = models.PositiveIntegerField(_("votes"))

    class Meta:
        ordering = ["region__order", "region__code", "candidate__order", "candidate_id"]
        verbose_name = _("votes in a region")
        verbose_name_plural = _("votes by region")
        constraints = [
            models.UniqueConstraint(
                fields=["report", "region", "candidate"],
                name="elections_results_once_per_region_and_candidate",
                violation_error_message=_("Each candidate can appear only once per region in a report."),
            )
        ]

    def __str__(self):
        return f"{self.region} — {self.candidate}: {self.votes}"

    def clean(self):
        if self.report_id and self.candidate_id and self.candidate.election_id != self.report.election_id:
            raise ValidationError({"candidate": _("This candidate or option belongs to another election.")})


class ResultProtocol(models.Model):
    """A region's count of the ballots, as on the paper protocol: the votes are ResultFigure rows."""

    report = models.ForeignKey(
        ResultReport, on_delete=models.CASCADE, related_name="protocols", verbose_name=_("results")
    )
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+", verbose_name=_("region"))
    registered = models.PositiveIntegerField(_("registered voters"))
    ballots_cast = models.PositiveIntegerField(_("ballots cast"))
    invalid = models.PositiveIntegerField(_("invalid ballots"))

    class Meta:
        ordering = ["region__order", "region__code"]
        verbose_name = _("ballots counted in a region")
        verbose_name_plural = _("ballots counted by region")
        constraints = [
            models.UniqueConstraint(fields=["report", "region"], name="elections_protocol_region_once_per_report"),
            models.CheckConstraint(
                condition=Q(ballots_cast__lte=F("registered")),
                name="elections_protocol_ballots_within_registered",
                violation_error_message=_("Ballots cast cannot be more than the registered voters."),
            ),
            models.CheckConstraint(
                condition=Q(invalid__lte=F("ballots_cast")),
                name="elections_protocol_invalid_within_ballots",
                violation_error_message=_("Invalid ballots cannot be more than the ballots cast."),
            ),
        ]

    def __str__(self):
        return f"{self.region}: {self.ballots_cast} / {self.registered}"


# Public versions of figures: the first release and each correction ------------------------------


class FigureVersion(models.Model):
    number = models.PositiveIntegerField(_("version"))
    released_at = models.DateTimeField(_("public from"))
    reason = models.JSONField(
        _("reason for the correction"), default=dict, blank=True, help_text=_("By language code.")
    )
    regions = models.JSONField(_("regions corrected"), default=list, help_text=_("Region codes."))
    data = models.JSONField(_("figures"))
    created = models.DateTimeField(_("saved"), auto_now_add=True)

    class Meta:
        abstract = True
        ordering = ["report", "number"]

    def __str__(self):
        return f"{self.report} — v{self.number}"


class TurnoutVersion(FigureVersion):
    report = models.ForeignKey(TurnoutReport, on_delete=models.CASCADE, related_name="versions")

    class Meta(FigureVersion.Meta):
        verbose_name = _("public version of a turnout report")
        verbose_name_plural = _("public versions of turnout reports")
        constraints = [models.UniqueConstraint(fields=["report", "number"], name="elections_turnout_version_once")]


class ResultVersion(FigureVersion):
    report = models.ForeignKey(ResultReport, on_delete=models.CASCADE, related_name="versions")

    class Meta(FigureVersion.Meta):
        verbose_name = _("public version of results")
        verbose_name_plural = _("public versions of results")
        constraints = [models.UniqueConstraint(fields=["report", "number"], name="elections_results_version_once")]


# Documents ------------------------------------------------------------------------------------


class DocumentQuerySet(models.QuerySet):
    def published(self):
        """Return the documents the public may see (with their election, if any, published too)."""
        return self.filter(published=True).filter(Q(election__isnull=True) | Q(election__published=True))

    def in_language(self, language=None):
        return self.exclude(**{f"title_{language or current_language()}": ""})


class Document(PerLanguageText, models.Model):
    """An official document of the registry: a decision, regulation, law, form or report."""

    class Kind(models.TextChoices):
        DECISION = "decision", _("Decision")
        REGULATION = "regulation", _("Regulation")
        LAW = "law", _("Law")
        FORM = "form", _("Form")
        REPORT = "report", _("Report")

    number = models.CharField(_("number"), max_length=50, help_text=_("As written on the document, e.g. 12/45."))
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        blank=True,
        help_text=_("The document's permanent address; left blank, it is made from the year and number."),
    )
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    title_tk = models.CharField(_("title (Turkmen)"), max_length=300)
    title_ru = models.CharField(_("title (Russian)"), max_length=300, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=300, blank=True)
    adopted_on = models.DateField(_("adoption date"))
    effective_on = models.DateField(_("effective date"), null=True, blank=True)
    election = models.ForeignKey(
        Election,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="documents",
        verbose_name=_("election"),
        help_text=_("Optional: the election the document belongs to."),
    )
    published = models.BooleanField(_("published"), default=True, help_text=_("Shown on the public site."))
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    objects = DocumentQuerySet.as_manager()

    class Meta:
        ordering = ["-adopted_on", "-id"]
        get_latest_by = "adopted_on"
        verbose_name = _("document")
        verbose_name_plural = _("document registry")
        indexes = [models.Index(fields=["published", "-adopted_on"], name="elections_document_listing")]

    def __str__(self):
        return f"№ {self.number} — {self.translated('title', fallback=True)}"

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self.default_slug()
        super().save(*args, **kwargs)

    def get_absolute_url(self, language=None):
        with translation.override(language or current_language()):
            return reverse("elections:document_detail", kwargs={"slug": self.slug})

    @property
    def title(self):
        return self.translated("title")

    def available_in(self, language):
        return bool(self.translated("title", language))

    def latest_files(self):
        """Return {language: newest version} of the document's files."""
        return latest_versions(self.versions.all())

    def clean(self):
        if self.effective_on and self.adopted_on and self.effective_on < self.adopted_on:
            raise ValidationError({"effective_on": _("A document cannot take effect before it is adopted.")})
        if not self.slug and self.adopted_on and self.number:
            self.slug = self.default_slug()

    def default_slug(self):
        return slugify(f"{self.adopted_on.year}-{self.number.replace('/', '-')}")[:100] or uuid.uuid4().hex[:12]


def version_upload_to(instance, filename):
    extension = FILE_KINDS[instance.file_type][0]
    name = f"{instance.document.slug}-{instance.language}-v{instance.number}.{extension}"
    return f"documents/registry/{uuid.uuid4().hex[:12]}/{name}"


def sha256_of(fileobj):
    digest = hashlib.sha256()
    fileobj.seek(0)
    for chunk in iter(lambda: fileobj.read(1024 * 1024), b""):
        digest.update(chunk)
    fileobj.seek(0)
    return digest.hexdigest()


class DocumentVersion(models.Model):
    """One uploaded file of a document in one language; a corrected file is a new version."""

    document = models.ForeignKey(
        Document, on_delete=models.CASCADE, related_name="versions", verbose_name=_("document")
    )
    language = models.CharField(_("language"), max_length=7, choices=settings.LANGUAGES)
    number = models.PositiveIntegerField(_("version"), editable=False)
    file = models.FileField(_("file"), upload_to=version_upload_to, max_length=250, validators=[validate_document])
    file_type = models.CharField(
        _("file type"), max_length=10, editable=False, choices=[(k, v[1]) for k, v in FILE_KINDS.items()]
    )
    size = models.PositiveBigIntegerField(_("size in bytes"), editable=False)
    sha256 = models.CharField(_("SHA-256 checksum"), max_length=64, editable=False)
    note = models.CharField(_("what changed"), max_length=250, blank=True)
    created = models.DateTimeField(_("uploaded"), default=timezone.now, editable=False)

    class Meta:
        ordering = ["-created", "-id"]
        get_latest_by = "created"
        verbose_name = _("file version")
        verbose_name_plural = _("file versions")
        constraints = [
            models.UniqueConstraint(
                fields=["document", "language", "number"], name="elections_document_version_number_unique"
            )
        ]

    def __str__(self):
        return f"{self.document.number} ({self.language}) v{self.number}"

    def save(self, *args, **kwargs):
        """Number a new upload after the newest version in its language, with its type, size and checksum."""
        if self.pk is not None:
            return super().save(*args, **kwargs)
        self.file_type = inspect_document(self.file.file)
        self.size = self.file.size
        self.sha256 = sha256_of(self.file.file)
        with transaction.atomic():
            # One upload per document at a time, so that version numbers do not collide.
            list(Document.objects.select_for_update().filter(pk=self.document_id).values_list("pk"))
            versions = DocumentVersion.objects.filter(document_id=self.document_id, language=self.language)
            self.number = (versions.aggregate(latest=Max("number"))["latest"] or 0) + 1
            super().save(*args, **kwargs)

    def get_absolute_url(self, language=None):
        with translation.override(language or current_language()):
            return reverse(
                "elections:document_version",
                kwargs={"slug": self.document.slug, "language": self.language, "number": self.number},
            )

    @property
    def file_type_label(self):
        return FILE_KINDS.get(self.file_type, ("", self.file_type))[1]


def latest_versions(versions):
    """Return {language: newest version} from a list of versions."""
    latest = {}
    for version in versions:
        if version.language not in latest or version.number > latest[version.language].number:
            latest[version.language] = version
    return latest
