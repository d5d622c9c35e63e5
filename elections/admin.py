from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.options import IS_POPUP_VAR
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Sum
from django.forms.models import BaseInlineFormSet
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy
from django.utils.translation import gettext_lazy as _

import audit
from audit.admin import AuditHistoryAdmin
from commission_site.publishing import FollowsParentInline, PublishRuleAdmin
from editing.admin import ConcurrentEditingAdmin
from history.admin import VersionedAdminMixin
from richtext.admin import StorageErrorAdminMixin
from richtext.documents import validate_document

from .figures import percent
from .models import (
    LANGUAGE_CODES,
    Candidate,
    Document,
    DocumentVersion,
    Election,
    KeyDate,
    Region,
    ResultFigure,
    ResultReport,
    TurnoutFigure,
    TurnoutReport,
    latest_versions,
    sha256_of,
)

SHORT_TEXT = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 60})}}


# Elections ------------------------------------------------------------------------------------


class KeyDateInline(FollowsParentInline, admin.StackedInline):
    model = KeyDate
    extra = 0
    formfield_overrides = SHORT_TEXT
    fieldsets = [
        (None, {"fields": [("kind", "starts_on", "ends_on")]}),
        (_("Title, if not the name of the type"), {"fields": [("title_tk", "title_ru", "title_en")]}),
        (_("Description"), {"fields": ["description_tk", "description_ru", "description_en"]}),
    ]


class CandidateInline(FollowsParentInline, admin.TabularInline):
    model = Candidate
    extra = 0
    fields = ["name_tk", "name_ru", "name_en", "order"]


@admin.register(Election)
class ElectionAdmin(ConcurrentEditingAdmin, admin.ModelAdmin):
    list_display = ["__str__", "kind", "polling_day", "status", "published"]
    list_filter = ["kind", "status", "published"]
    search_fields = ["title_tk", "title_ru", "title_en", "slug"]
    prepopulated_fields = {"slug": ["title_en"]}
    date_hierarchy = "polling_day"
    inlines = [KeyDateInline, CandidateInline]
    fieldsets = [
        (None, {"fields": ["kind", "slug", "polling_day", "status", "published"]}),
        (_("Turkmen"), {"fields": ["title_tk", "description_tk"]}),
        (_("Russian"), {"fields": ["title_ru", "description_ru"]}),
        (_("English"), {"fields": ["title_en", "description_en"]}),
    ]


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["code", "name_tk", "name_ru", "name_en", "order"]
    list_editable = ["order"]
    search_fields = ["code", "name_tk", "name_ru", "name_en"]


# Turnout and results: figures are checked before anything is saved ------------------------------


def filled_forms(formset):
    """Return the valid, non-deleted forms of an inline formset that carry data."""
    return [
        form
        for form in formset.forms
        if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE", False)
    ]


class TurnoutFigureForm(forms.ModelForm):
    class Meta:
        model = TurnoutFigure
        fields = ["region", "registered", "ballots_cast"]
        error_messages = {
            "registered": {"min_value": _("The number of registered voters cannot be negative.")},
            "ballots_cast": {"min_value": _("The number of ballots cast cannot be negative.")},
        }


class TurnoutFigureFormSet(BaseInlineFormSet):
    def clean(self):
        seen = set()
        forms_with_data = filled_forms(self)
        for form in forms_with_data:
            region = form.cleaned_data.get("region")
            if region is None:
                continue
            if region.pk in seen:
                raise ValidationError(
                    _("%(region)s is entered twice in this report. Enter each region once.") % {"region": region},
                    code="duplicate_region",
                )
            seen.add(region.pk)
        if not forms_with_data and not any(self.errors):
            raise ValidationError(_("Enter the figures of at least one region."), code="empty")
        super().clean()


class PrefilledInlineMixin:
    """Offer one extra row per missing region (and candidate), already filled in, so staff type only numbers."""

    def missing_rows(self, obj):
        raise NotImplementedError

    def get_extra(self, request, obj=None, **kwargs):
        return len(self.missing_rows(obj))


class TurnoutFigureInline(FollowsParentInline, PrefilledInlineMixin, admin.TabularInline):
    model = TurnoutFigure
    form = TurnoutFigureForm
    formset = TurnoutFigureFormSet
    fields = ["region", "registered", "ballots_cast"]

    def missing_rows(self, obj):
        present = set(obj.figures.values_list("region_id", flat=True)) if obj is not None and obj.pk else set()
        return [{"region": pk} for pk in Region.objects.values_list("pk", flat=True) if pk not in present]


class PrefilledAdminMixin:
    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        if isinstance(inline, PrefilledInlineMixin):
            kwargs["initial"] = inline.missing_rows(obj)
        return kwargs


class FiguresAuditMixin:
    """Figures entered, published or corrected go into the audit log, with the values before and after."""

    figure_fields = ()

    def figure_rows(self, report):
        return [list(row) for row in report.figures.order_by("pk").values_list(*self.figure_fields)]

    def save_related(self, request, form, formsets, change):
        report = form.instance
        was_published = bool(form.initial.get("published")) if change else False
        before = self.figure_rows(report)  # the rows are saved by super(): these are the stored ones
        super().save_related(request, form, formsets, change)
        after = self.figure_rows(report)
        details = {"fields": list(self.figure_fields), "before": before, "after": after}
        if report.published and not was_published:
            audit.record(audit.Action.FIGURES_PUBLISHED, report, request=request, details=details,
                         message=gettext_lazy("%(user)s published the figures of “%(object)s”"))  # fmt: skip
        elif report.published and before != after:
            audit.record(audit.Action.FIGURES_CORRECTED, report, request=request, details=details,
                         message=gettext_lazy("%(user)s corrected the published figures of “%(object)s”"))  # fmt: skip
        elif was_published and not report.published:
            audit.record(audit.Action.UNPUBLISHED, report, request=request, details=details,
                         message=gettext_lazy("%(user)s took the figures of “%(object)s” off the site"))  # fmt: skip
        elif before != after or not change:
            audit.record(audit.Action.FIGURES_ENTERED, report, request=request, details=details,
                         message=gettext_lazy("%(user)s entered figures of “%(object)s” (not published)"))  # fmt: skip


@admin.register(TurnoutReport)
class TurnoutReportAdmin(
    AuditHistoryAdmin,
    FiguresAuditMixin,
    ConcurrentEditingAdmin,
    VersionedAdminMixin,
    PrefilledAdminMixin,
    PublishRuleAdmin,
):
    figure_fields = ("region__code", "registered", "ballots_cast")
    publish_permission = "elections.publish_turnoutreport"
    live_values = {"published": True}
    list_display = ["election", "reported_at", "total_registered", "total_ballots_cast", "turnout", "published"]
    list_filter = ["election", "published"]
    list_select_related = ["election"]
    autocomplete_fields = ["election"]
    date_hierarchy = "reported_at"
    fields = ["election", "reported_at", "published"]
    inlines = [TurnoutFigureInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(total_registered=Sum("figures__registered"), total_ballots=Sum("figures__ballots_cast"))
        )

    @admin.display(description=_("registered voters"), ordering="total_registered")
    def total_registered(self, report):
        return report.total_registered

    @admin.display(description=_("ballots cast"), ordering="total_ballots")
    def total_ballots_cast(self, report):
        return report.total_ballots

    @admin.display(description=_("turnout, %"))
    def turnout(self, report):
        return percent(report.total_ballots or 0, report.total_registered)


class ResultFigureForm(forms.ModelForm):
    class Meta:
        model = ResultFigure
        fields = ["region", "candidate", "votes"]
        error_messages = {"votes": {"min_value": _("The number of votes cannot be negative.")}}


class ResultFigureFormSet(BaseInlineFormSet):
    def clean(self):
        seen = set()
        forms_with_data = filled_forms(self)
        election_id = self.instance.election_id
        for form in forms_with_data:
            region, candidate = form.cleaned_data.get("region"), form.cleaned_data.get("candidate")
            if region is None or candidate is None:
                continue
            if election_id and candidate.election_id != election_id:
                raise ValidationError(
                    _("%(candidate)s is not a candidate or option of this election.") % {"candidate": candidate},
                    code="other_election",
                )
            if (region.pk, candidate.pk) in seen:
                raise ValidationError(
                    _("The votes of %(candidate)s in %(region)s are entered twice. Enter them once.")
                    % {"candidate": candidate, "region": region},
                    code="duplicate",
                )
            seen.add((region.pk, candidate.pk))
        super().clean()


class ResultFigureInline(FollowsParentInline, PrefilledInlineMixin, admin.TabularInline):
    model = ResultFigure
    form = ResultFigureForm
    formset = ResultFigureFormSet
    fields = ["region", "candidate", "votes"]

    def get_formset(self, request, obj=None, **kwargs):
        self.parent_report = obj
        return super().get_formset(request, obj, **kwargs)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        report = getattr(self, "parent_report", None)
        if db_field.name == "candidate" and report is not None and report.election_id:
            kwargs["queryset"] = Candidate.objects.filter(election_id=report.election_id)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def missing_rows(self, obj):
        if obj is None or obj.pk is None:
            return []
        present = set(obj.figures.values_list("region_id", "candidate_id"))
        candidates = list(Candidate.objects.filter(election_id=obj.election_id).values_list("pk", flat=True))
        return [
            {"region": region, "candidate": candidate}
            for region in Region.objects.values_list("pk", flat=True)
            for candidate in candidates
            if (region, candidate) not in present
        ]

    def get_extra(self, request, obj=None, **kwargs):
        return len(self.missing_rows(obj)) if obj is not None and obj.pk else 3


@admin.register(ResultReport)
class ResultReportAdmin(
    AuditHistoryAdmin,
    FiguresAuditMixin,
    ConcurrentEditingAdmin,
    VersionedAdminMixin,
    PrefilledAdminMixin,
    PublishRuleAdmin,
):
    figure_fields = ("region__code", "candidate__name_tk", "votes")
    publish_permission = "elections.publish_resultreport"
    live_values = {"published": True}
    list_display = ["election", "stage", "reported_at", "published"]
    list_filter = ["election", "stage", "published"]
    list_select_related = ["election"]
    autocomplete_fields = ["election"]
    inlines = [ResultFigureInline]

    def get_fieldsets(self, request, obj=None):
        fields = ["election", "stage", "reported_at", "published"]
        if obj is None:
            return [
                (
                    None,
                    {
                        "fields": fields,
                        "description": _("Choose the election and save; the rows for the votes come next."),
                    },
                )
            ]
        return [(None, {"fields": fields})]

    def get_inline_instances(self, request, obj=None):
        # The candidates to choose from belong to the election: choose it first, then enter the votes.
        return super().get_inline_instances(request, obj) if obj is not None else []

    def response_add(self, request, obj, post_url_continue=None):
        if "_addanother" in request.POST or IS_POPUP_VAR in request.POST:
            return super().response_add(request, obj, post_url_continue)
        self.message_user(request, _("Now enter the votes: a row for each region and candidate is ready below."))
        return HttpResponseRedirect(reverse("admin:elections_resultreport_change", args=[obj.pk]))


# Document registry ----------------------------------------------------------------------------


def version_upload_field(label):
    return forms.FileField(
        label=label,
        required=False,
        validators=[validate_document],
        help_text=_("PDF, Word, Excel, OpenDocument, CSV or text. A new file becomes a new version."),
    )


class DocumentAdminForm(forms.ModelForm):
    """Upload a file per language; a file uploaded where one exists becomes the new version."""

    file_tk = version_upload_field(_("file (Turkmen)"))
    file_ru = version_upload_field(_("file (Russian)"))
    file_en = version_upload_field(_("file (English)"))
    change_note = forms.CharField(
        label=_("What changed"),
        max_length=250,
        required=False,
        help_text=_("For corrected files: a short note shown in the list of updates."),
    )

    class Meta:
        model = Document
        fields = [
            "number", "slug", "kind", "title_tk", "title_ru", "title_en", "adopted_on", "effective_on", "election",
            "published",
        ]  # fmt: skip

    def clean(self):
        cleaned = super().clean()
        current = latest_versions(self.instance.versions.all()) if self.instance.pk else {}
        for code in LANGUAGE_CODES:
            upload = cleaned.get(f"file_{code}")
            if upload and code in current and sha256_of(upload) == current[code].sha256:
                self.add_error(f"file_{code}", _("This file is the same as the current version; nothing to update."))
        return cleaned


class DocumentVersionInline(admin.TabularInline):
    model = DocumentVersion
    extra = 0
    max_num = 0
    can_delete = False
    fields = ["language", "number", "download", "file_type", "size", "sha256", "note", "created"]
    readonly_fields = fields
    verbose_name_plural = _("all files and their versions")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False  # a published file is never replaced: upload a new version above

    @admin.display(description=_("file"))
    def download(self, version):
        return format_html('<a href="{}">{}</a>', version.file.url, version.file.name.rsplit("/", 1)[-1])


@admin.register(Document)
class DocumentAdmin(AuditHistoryAdmin, ConcurrentEditingAdmin, StorageErrorAdminMixin, admin.ModelAdmin):
    form = DocumentAdminForm
    list_display = ["number", "__str__", "kind", "adopted_on", "election", "published"]
    list_filter = ["kind", "published", "election"]
    list_select_related = ["election"]
    search_fields = ["number", "title_tk", "title_ru", "title_en"]
    autocomplete_fields = ["election"]
    date_hierarchy = "adopted_on"
    inlines = [DocumentVersionInline]
    fieldsets = [
        (None, {"fields": ["number", "slug", "kind", "adopted_on", "effective_on", "election", "published"]}),
        (_("Titles"), {"fields": ["title_tk", "title_ru", "title_en"]}),
        (_("Files"), {"fields": [*[f"file_{code}" for code in LANGUAGE_CODES], "change_note"]}),
    ]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        note = form.cleaned_data.get("change_note", "")
        for code in LANGUAGE_CODES:
            upload = form.cleaned_data.get(f"file_{code}")
            if upload:
                version = DocumentVersion(document=form.instance, language=code, file=upload, note=note)
                version.save()
                first = not change and version.number == 1
                audit.record(
                    audit.Action.DOCUMENT_UPLOADED if first else audit.Action.DOCUMENT_VERSION_UPLOADED,
                    form.instance,
                    request=request,
                    details={
                        "language": dict(settings.LANGUAGES)[code],
                        "version": version.number,
                        "sha256": version.sha256,
                        "note": note,
                    },  # fmt: skip
                    message=gettext_lazy(
                        "%(user)s uploaded the %(language)s file of “%(object)s”, version %(version)s"
                    ),
                )
