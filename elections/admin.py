from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.options import IS_POPUP_VAR
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Sum
from django.http import HttpResponseRedirect
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy
from django.utils.translation import gettext_lazy as _

import audit
from audit.admin import AuditHistoryAdmin
from commission_site.admin_tables import LabelledTabularInline
from commission_site.publishing import FollowsParentInline, PublishRuleAdmin
from editing.admin import ConcurrentEditingAdmin
from history.admin import VersionedAdminMixin
from richtext.admin import StorageErrorAdminMixin
from richtext.documents import validate_document

from .entry import ResultsForm, TurnoutForm
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
    ResultProtocol,
    ResultReport,
    TurnoutFigure,
    TurnoutReport,
    latest_versions,
    sha256_of,
)
from .release import is_correction, release
from .views import public_preview

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


class CandidateInline(FollowsParentInline, LabelledTabularInline):
    model = Candidate
    extra = 0
    fields = ["name_tk", "name_ru", "name_en", "order"]


@admin.register(Election)
class ElectionAdmin(ConcurrentEditingAdmin, admin.ModelAdmin):
    formfield_overrides = {models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple}}
    list_display = ["__str__", "kind", "polling_day", "status", "published"]
    list_filter = ["kind", "status", "published"]
    search_fields = ["title_tk", "title_ru", "title_en", "slug"]
    prepopulated_fields = {"slug": ["title_en"]}
    date_hierarchy = "polling_day"
    inlines = [KeyDateInline, CandidateInline]
    fieldsets = [
        (None, {"fields": ["kind", "slug", "polling_day", "status", "published", "regions"]}),
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


class FiguresAdmin(AuditHistoryAdmin, ConcurrentEditingAdmin, VersionedAdminMixin, PublishRuleAdmin):
    """Turnout and results: a grid of figures per region, checked, released and corrected in public.

    The form (elections.entry) checks the figures; saving releases them (elections.release) and
    writes the audit log entry, with the values before and after, any confirmed warnings and the
    reason for a correction."""

    change_form_template = "admin/elections/figures_change_form.html"
    live_values = {"published": True}
    figure_fields = ()
    figure_models = ()
    list_select_related = ["election"]
    autocomplete_fields = ["election"]
    readonly_fields = ["public_version"]

    def inline_models(self):
        return list(self.figure_models)  # another user's saved figures make an edit conflict

    def get_readonly_fields(self, request, obj=None):
        readonly = super().get_readonly_fields(request, obj)
        if not self.has_publish_permission(request):
            readonly = [*readonly, "publish_at"]  # scheduling is publishing
        if obj is not None and obj.pk:
            readonly = [*readonly, "election"]  # its grid is the election's regions and candidates
        return readonly

    def has_delete_permission(self, request, obj=None):
        # Figures the public has seen stay, with every version: they can be taken off the site, not deleted.
        return not (obj is not None and obj.version >= 1) and super().has_delete_permission(request, obj)

    def figure_rows(self, report):
        rows = []
        for model, fields in zip(self.figure_models, self.figure_fields, strict=True):
            rows += [list(row) for row in model.objects.filter(report=report).order_by("pk").values_list(*fields)]
        return rows

    @admin.display(description=_("on the public site"))
    def public_version(self, report):
        if not report.version:
            return _("Not published yet.")
        moment = formats.date_format(timezone.localtime(report.published_at), "DATETIME_FORMAT")
        if not report.is_public:
            return _("Scheduled: appears at %(moment)s.") % {"moment": moment}
        text = _("Version %(version)s, public since %(moment)s.") % {"version": report.version, "moment": moment}
        if report.corrected_at:
            corrected = formats.date_format(timezone.localtime(report.corrected_at), "DATETIME_FORMAT")
            text += " " + _("Last corrected at %(moment)s.") % {"moment": corrected}
        if is_correction(report):  # e.g. after an earlier version was restored
            text += " " + _("The figures below differ from the public ones: an editor's save publishes them as a "
                            "correction.")  # fmt: skip
        return text

    def save_related(self, request, form, formsets, change):
        report = form.instance
        was_public = report.is_public
        was_published = bool(form.initial.get("published")) if change else False
        before = self.figure_rows(report)
        if form.regions:
            form.save_grid(report)  # before the version history records the report with its rows
        super().save_related(request, form, formsets, change)
        after = self.figure_rows(report)
        reason = form.reasons()
        version = release(report, reason=reason)
        details = {"fields": [f for fields in self.figure_fields for f in fields], "before": before, "after": after}
        if version is not None:
            details["version"] = version.number
        if reason and was_public:
            details["reason"] = reason
        if form.problems.warnings and report.published:
            details["warnings"] = form.problems.warnings
            details["warnings_confirmed_because"] = form.cleaned_data.get("warnings_reason", "").strip()
        if report.published and not was_published:
            if report.is_public:
                audit.record(audit.Action.FIGURES_PUBLISHED, report, request=request, details=details,
                             message=gettext_lazy("%(user)s published the figures of “%(object)s”"))  # fmt: skip
            else:
                audit.record(audit.Action.SCHEDULED, report, request=request, details=details,
                             message=gettext_lazy("%(user)s scheduled the figures of “%(object)s”"))  # fmt: skip
        elif version is not None and version.number > 1:
            audit.record(audit.Action.FIGURES_CORRECTED, report, request=request, details=details,
                         message=gettext_lazy("%(user)s corrected the published figures of “%(object)s”"))  # fmt: skip
        elif was_published and not report.published:
            audit.record(audit.Action.UNPUBLISHED, report, request=request, details=details,
                         message=gettext_lazy("%(user)s took the figures of “%(object)s” off the site"))  # fmt: skip
        elif before != after or not change:
            audit.record(audit.Action.FIGURES_ENTERED, report, request=request, details=details,
                         message=gettext_lazy("%(user)s entered figures of “%(object)s”"))  # fmt: skip

    # Preview: the public hub and downloads with these figures, before they are released ----------------

    def get_urls(self):
        name = f"{self.opts.app_label}_{self.opts.model_name}"
        preview = self.admin_site.admin_view(self.preview_view)
        return [
            path("<path:object_id>/preview/", preview, name=f"{name}_preview"),
            path("<path:object_id>/preview/<str:download>", preview, name=f"{name}_preview_download"),
            *super().get_urls(),
        ]

    def preview_view(self, request, object_id, download=None):
        report = self.get_object(request, object_id)
        if report is None or not self.has_view_or_change_permission(request, report):
            raise PermissionDenied
        return public_preview(request, report, download)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk:
            context["preview_url"] = reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_preview",
                                             args=[obj.pk])  # fmt: skip
        return super().render_change_form(request, context, add, change, form_url, obj)


@admin.register(TurnoutReport)
class TurnoutReportAdmin(FiguresAdmin):
    form = TurnoutForm
    figure_models = (TurnoutFigure,)
    figure_fields = (("region__code", "registered", "ballots_cast"),)
    publish_permission = "elections.publish_turnoutreport"
    list_display = ["election", "reported_at", "total_registered", "total_ballots_cast", "turnout", "published"]
    list_filter = ["election", "published"]
    date_hierarchy = "reported_at"
    fields = ["election", "reported_at", "published", "publish_at", "public_version"]

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


@admin.register(ResultReport)
class ResultReportAdmin(FiguresAdmin):
    form = ResultsForm
    figure_models = (ResultProtocol, ResultFigure)
    figure_fields = (
        ("region__code", "registered", "ballots_cast", "invalid"),
        ("region__code", "candidate__name_tk", "votes"),
    )
    publish_permission = "elections.publish_resultreport"
    list_display = ["election", "stage", "reported_at", "published"]
    list_filter = ["election", "stage", "published"]

    def get_fieldsets(self, request, obj=None):
        fields = ["election", "stage", "reported_at", "published", "publish_at", "public_version"]
        if obj is None:
            description = _("Choose the election and save; the grid for the votes comes next.")
            return [(None, {"fields": fields, "description": description})]
        return [(None, {"fields": fields})]

    def response_add(self, request, obj, post_url_continue=None):
        if "_addanother" in request.POST or IS_POPUP_VAR in request.POST:
            return super().response_add(request, obj, post_url_continue)
        self.message_user(request, _("Now enter the votes: the grid has a row for each region below."))
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
