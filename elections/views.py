import csv
import io
from pathlib import Path
from urllib.parse import urlsplit

from django.db.models import Q
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView

from commission_site.absolute import absolute_url, site_root
from commission_site.security import is_verified_staff
from multilingual.models import current_language
from news.models import Article

from . import ics
from .charts import bar_chart
from .figures import (
    TOTAL_CODE,
    TOTAL_LABEL,
    Published,
    ResultsTable,
    TurnoutTable,
    election_figures,
    reason_in,
    turnout_timeline,
)
from .forms import DocumentFilterForm, ElectionFilterForm
from .models import (
    LANGUAGE_CODES,
    Document,
    DocumentVersion,
    Election,
    ResultReport,
    TurnoutReport,
    latest_versions,
    mark_positions,
)
from .release import moment

HUB_NEWS = 6
HUB_DOCUMENTS = 20


def public_elections():
    return Election.objects.published().in_language()


def webcal(path, request):
    """The address that makes calendar applications subscribe to a feed instead of importing it once."""
    return "webcal://" + absolute_url(path, request).split("://", 1)[-1]


class PreviewMixin:
    """Staff who may change the records also see unpublished ones, marked as a preview and never cached."""

    preview_permission = None

    def can_preview(self):
        return is_verified_staff(self.request) and self.request.user.has_perm(self.preview_permission)

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if context.get("preview"):
            add_never_cache_headers(response)
            response["X-Robots-Tag"] = "noindex, nofollow"
        return response


# Elections ------------------------------------------------------------------------------------


class ElectionListView(ListView):
    """Upcoming and current elections first, then past ones; filtered by type and year."""

    template_name = "elections/election_list.html"

    def get_queryset(self):
        elections = public_elections()
        years = [day.year for day in elections.dates("polling_day", "year", order="DESC")]
        self.form = ElectionFilterForm(self.request.GET or None, years=years)
        chosen = self.chosen = self.form.cleaned_or_400()
        if "kind" in chosen:
            elections = elections.filter(kind=chosen["kind"])
        if "year" in chosen:
            elections = elections.filter(polling_day__year=int(chosen["year"]))
        return elections

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        elections = list(context["object_list"])
        context["upcoming"] = sorted((e for e in elections if e.is_active), key=lambda e: e.polling_day)
        context["past"] = [e for e in elections if not e.is_active]
        context["form"] = self.form
        context["filtered"] = bool(self.chosen)
        context["webcal_url"] = webcal(reverse("elections:calendar"), self.request)
        return context


class ElectionDetailView(PreviewMixin, DetailView):
    """The election hub: its calendar, turnout, results, documents and news, in a fixed number of queries."""

    template_name = "elections/election_detail.html"
    context_object_name = "election"
    preview_permission = "elections.change_election"
    preview_report = None  # a turnout or result report shown as if released (its admin's preview)

    def get_object(self, queryset=None):
        if self.preview_report is not None:  # its admin checked the permission
            return Election.objects.filter(pk=self.preview_report.election_id).with_key_dates()[0]
        elections = Election.objects.in_language().filter(slug=self.kwargs["slug"])
        if not self.can_preview():
            elections = elections.published()
        found = elections.with_key_dates()
        if not found:
            raise Http404(_("No election was found at this address."))
        return found[0]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        election = self.object
        context["calendar"] = mark_positions(election.calendar(election.key_date_list))
        tables, results = election_figures(election, self.preview_report)
        context["last_updated"] = last_updated([*tables, results])
        if tables:
            latest = tables[-1]
            context["turnout"] = latest
            context["turnout_chart"] = bar_chart(
                [(row.name, row.percent, row.is_total, row.code) for row in latest.rows_with_total]
            )
            if len(tables) > 1:
                context["timeline_regions"], context["timeline"] = turnout_timeline(tables)
        if results:
            context["results"] = results
            context["results_chart"] = bar_chart([(c.name, share, False, c.pk) for c, _votes, share in results.totals])
        documents = Document.objects.published().in_language().filter(election=election)
        context["documents"] = documents.only(
            "number", "slug", "kind", "adopted_on", *[f"title_{code}" for code in LANGUAGE_CODES]
        )[:HUB_DOCUMENTS]
        context["articles"] = (
            Article.objects.published().in_language().for_listing().filter(election=election)[:HUB_NEWS]
        )
        context["alternates"] = {
            code: election.get_absolute_url(code) for code in LANGUAGE_CODES if election.available_in(code)
        }
        context["untranslated_target"] = "elections:election_list"
        context["webcal_url"] = webcal(reverse("elections:election_calendar", args=[election.slug]), self.request)
        context["crumbs"] = [{"title": _("Elections"), "url": reverse("elections:election_list")}]
        context["preview"] = not election.published or self.preview_report is not None
        # During polling and counting readers may have the figures updated in place (not in a preview).
        context["live"] = not context["preview"] and election.status in Election.LIVE_STATUSES
        context["downloads"] = download_urls(election, self.preview_report)
        return context


def download_urls(election, preview=None):
    """The addresses of the hub's downloads: the public ones, or for a preview its own."""
    urls = {name: reverse(f"elections:{name}", args=[election.slug]) for name in DOWNLOADS}
    if preview is not None:
        kind = "results" if isinstance(preview, ResultReport) else "turnout"
        base = reverse(f"admin:elections_{type(preview)._meta.model_name}_preview", args=[preview.pk])
        urls.update({f"{kind}_{fmt}": f"{base}{kind}.{fmt}" for fmt in ("csv", "json")})
    return urls


DOWNLOADS = ["turnout_csv", "turnout_json", "results_csv", "results_json"]


# Downloads: the numbers of the hub's tables, from stable addresses ------------------------------


def data_response(response, filename):
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Access-Control-Allow-Origin"] = "*"  # open data: researchers' pages may fetch it
    return response


def spreadsheet_safe(cell):
    """Keep a text cell from being read as a formula by spreadsheet programs (OWASP's list of leading
    characters: = + - @, tab and carriage return)."""
    return "'" + cell if isinstance(cell, str) and cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell


def csv_response(rows, filename):
    """UTF-8 with a byte order mark, so that spreadsheet programs read Cyrillic and Turkmen letters."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    csv.writer(buffer, lineterminator="\r\n").writerows([spreadsheet_safe(cell) for cell in row] for row in rows)
    return data_response(HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8"), filename)


def json_response(data, filename):
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
    return data_response(response, filename)


def number(value):
    """Per cent values: a plain decimal string in CSV, a number in JSON, empty or null when undefined."""
    return None if value is None else float(value)


def csv_number(value):
    return "" if value is None else f"{value:.2f}"


def local_iso(moment):
    return timezone.localtime(moment).isoformat()


def election_data(election, request):
    return {
        "slug": election.slug,
        "title": election.title,
        "type": election.kind,
        "status": election.status,
        "polling_day": election.polling_day.isoformat(),
        "url": absolute_url(election.get_absolute_url(), request),
    }


def published_election(slug):
    return get_object_or_404(public_elections(), slug=slug)


TURNOUT_COLUMNS = [
    "election", "report_id", "version", "published_at", "corrected_at", "reported_at", "region_code", "region",
    "registered", "ballots_cast", "turnout_percent",
]  # fmt: skip
RESULTS_COLUMNS = [
    "election", "report_id", "version", "published_at", "corrected_at", "stage", "reported_at", "region_code",
    "region", "registered", "ballots_cast", "invalid_ballots", "candidate_id", "candidate", "votes", "share_percent",
]  # fmt: skip


def optional_iso(moment):
    return local_iso(moment) if moment else None


def version_data(published, request, election, kind):
    """The fields that say which version of a report this is, and where every version is."""

    def links(number):
        args = [election.slug, published.report_pk, number]
        return {
            "version": number,
            "json": absolute_url(reverse(f"elections:{kind}_version_json", args=args), request),
            "csv": absolute_url(reverse(f"elections:{kind}_version_csv", args=args), request),
        }

    return {
        "report_id": published.report_pk,
        "version": published.version,
        "published_at": optional_iso(published.published_at),
        "corrected_at": optional_iso(published.corrected_at),
        "corrections": [
            {
                "version": entry["version"],
                "corrected_at": local_iso(moment(entry["at"])),
                "reason": reason_in(entry["reason"], current_language()),
                "region_codes": list(entry["regions"]),
            }
            for entry in reversed(published.data.get("corrections", []))
        ],  # fmt: skip
        "versions": [links(number) for number in range(1, published.version + 1)],
    }


def turnout_row_data(row):
    return {
        "region_code": row.code,
        "region": row.name,
        "registered": row.registered,
        "ballots_cast": row.ballots_cast,
        "turnout_percent": number(row.percent),
    }


def turnout_report_data(table, request, election):
    return {
        **version_data(table.published, request, election, "turnout"),
        "reported_at": local_iso(table.reported_at),
        "regions": [turnout_row_data(row) for row in table.rows],
        "total": turnout_row_data(table.total),
    }


def turnout_csv_rows(election, tables):
    rows = [TURNOUT_COLUMNS]
    for table in tables:
        published = table.published
        fixed = [election.slug, published.report_pk, published.version, optional_iso(published.published_at) or "",
                 optional_iso(published.corrected_at) or "", local_iso(table.reported_at)]  # fmt: skip
        for row in table.rows_with_total:
            rows.append([*fixed, row.code, row.name, row.registered, row.ballots_cast, csv_number(row.percent)])
    return rows


def last_updated(tables):
    """The latest moment figures of `tables` (turnout tables, a results table, or None) came out."""
    moments = [table.published.last_updated for table in tables if table and table.published.last_updated]
    return max(moments, default=None)


def shown_figures(slug, preview=None):
    """(election, turnout tables, results table) of a download: the public ones, or a preview's."""
    election = preview.election if preview else published_election(slug)
    return election, *election_figures(election, preview)


def turnout_csv(request, slug, preview=None):
    election, tables, _results = shown_figures(slug, preview)
    return csv_response(turnout_csv_rows(election, tables), f"{election.slug}-turnout.csv")


def turnout_json(request, slug, preview=None):
    election, tables, _results = shown_figures(slug, preview)
    data = {
        "election": election_data(election, request),
        "last_updated": optional_iso(last_updated(tables)),
        "reports": [turnout_report_data(table, request, election) for table in tables],
    }
    return json_response(data, f"{election.slug}-turnout.json")


def results_rows(results):
    """Yield (region code, region name, ballots, candidate, votes, share): each region, then the totals."""
    for code, name, cells, _valid in results.by_region:
        for candidate, cell in zip(results.candidates, cells, strict=True):
            yield code, name, results.ballots[code], candidate, cell.votes, cell.share
    totals = results.total_ballots
    for candidate, votes, share in results.totals:
        yield TOTAL_CODE, str(TOTAL_LABEL), totals, candidate, votes, share


def results_csv_rows(election, results):
    rows = [RESULTS_COLUMNS]
    if results:
        published = results.published
        fixed = [election.slug, published.report_pk, published.version, optional_iso(published.published_at) or "",
                 optional_iso(published.corrected_at) or "", results.stage, local_iso(results.reported_at)]  # fmt: skip
        for code, name, ballots, candidate, votes, share in results_rows(results):
            rows.append([*fixed, code, name, *ballots, candidate.pk, candidate.name, votes, csv_number(share)])
    return rows


def results_report_data(results, request, election):
    def votes(candidate, count, share):
        return {"candidate_id": candidate.pk, "candidate": candidate.name, "votes": count,
                "share_percent": number(share)}  # fmt: skip

    def ballots(counts):
        registered, cast, invalid = counts
        return {"registered": registered, "ballots_cast": cast, "invalid_ballots": invalid}

    return {
        **version_data(results.published, request, election, "results"),
        "stage": results.stage,
        "reported_at": local_iso(results.reported_at),
        **ballots(results.total_ballots),
        "total": [votes(c, count, share) for c, count, share in results.totals],
        "regions": [
            {
                "region_code": code,
                "region": name,
                **ballots(results.ballots[code]),
                "valid_votes": valid,
                "candidates": [
                    votes(c, cell.votes, cell.share) for c, cell in zip(results.candidates, cells, strict=True)
                ],
            }
            for code, name, cells, valid in results.by_region
        ],
    }


def results_csv(request, slug, preview=None):
    election, _tables, results = shown_figures(slug, preview)
    return csv_response(results_csv_rows(election, results), f"{election.slug}-results.csv")


def results_json(request, slug, preview=None):
    election, _tables, results = shown_figures(slug, preview)
    data = {
        "election": election_data(election, request),
        "last_updated": optional_iso(last_updated([results])),
        "results": results_report_data(results, request, election) if results else None,
    }
    return json_response(data, f"{election.slug}-results.json")


SCHEMAS = Path(__file__).resolve().parent / "schemas"


def schema(request, kind):
    """The JSON Schema of turnout.json or results.json (and of their earlier versions): docs/open-data.md."""
    if kind not in ("turnout", "results"):
        raise Http404(_("There is no such schema."))
    text = (SCHEMAS / f"{kind}.schema.json").read_text(encoding="utf-8")
    return data_response(HttpResponse(text, content_type="application/schema+json"), f"{kind}.json")


# Earlier versions: every version of a report that the public has seen, at its own address --------


def published_version(model, slug, report_id, number):
    """A version of a report the public has seen: it stays at its address, also once the report is
    taken off the site."""
    election = published_election(slug)
    seen = model.objects.filter(version__gte=1, published_at__lte=timezone.now())
    report = get_object_or_404(seen, election=election, pk=report_id)
    version = get_object_or_404(report.versions, number=number)
    return election, Published.earlier(report, version)


def turnout_version(request, slug, report_id, number, fmt):
    election, published = published_version(TurnoutReport, slug, report_id, number)
    table = TurnoutTable.from_release(published, current_language())
    filename = f"{election.slug}-turnout-{report_id}-v{number}.{fmt}"
    if fmt == "csv":
        return csv_response(turnout_csv_rows(election, [table]), filename)
    data = {"election": election_data(election, request), "report": turnout_report_data(table, request, election)}
    return json_response(data, filename)


def results_version(request, slug, report_id, number, fmt):
    election, published = published_version(ResultReport, slug, report_id, number)
    results = ResultsTable.from_release(published, current_language())
    filename = f"{election.slug}-results-{report_id}-v{number}.{fmt}"
    if fmt == "csv":
        return csv_response(results_csv_rows(election, results), filename)
    data = {"election": election_data(election, request), "results": results_report_data(results, request, election)}
    return json_response(data, filename)


def public_preview(request, report, download=None):
    """The hub, or one of its downloads, with `report`'s stored figures as if released: for its admin."""
    kind = "results" if isinstance(report, ResultReport) else "turnout"
    views = {
        None: None,
        f"{kind}.json": results_json if kind == "results" else turnout_json,
        f"{kind}.csv": results_csv if kind == "results" else turnout_csv,
    }
    if download not in views:
        raise Http404(_("There is no such preview."))
    if download is None:
        response = ElectionDetailView.as_view(preview_report=report)(request, slug=report.election.slug)
    else:
        response = views[download](request, report.election.slug, preview=report)
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


# Calendar feeds -------------------------------------------------------------------------------


def calendar_events(elections, request):
    language = current_language()
    domain = urlsplit(site_root(request)).netloc or "elections.invalid"
    events = []
    for election in elections:
        url = absolute_url(election.get_absolute_url(), request)
        for entry in election.calendar(election.key_date_list):
            events.append(
                ics.event_lines(
                    entry,
                    uid=entry.uid(domain),
                    summary=f"{entry.title} — {election.title}",
                    description=entry.description,
                    url=url,
                    language=language,
                )
            )
    return events


def ics_response(text, filename):
    response = HttpResponse(text, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def election_calendar(request, slug):
    found = public_elections().filter(slug=slug).with_key_dates()
    if not found:
        raise Http404(_("No election was found at this address."))
    election = found[0]
    text = ics.calendar(
        election.title,
        _("Key dates of the election, from the Central Commission for Elections and Referendums."),
        current_language(),
        calendar_events([election], request),
    )
    return ics_response(text, f"{election.slug}.ics")


def elections_calendar(request):
    text = ics.calendar(
        _("Elections and referendums"),
        _("Key dates of all elections, from the Central Commission for Elections and Referendums."),
        current_language(),
        calendar_events(public_elections().with_key_dates(), request),
    )
    return ics_response(text, "elections.ics")


# Document registry ----------------------------------------------------------------------------


class DocumentListView(ListView):
    template_name = "elections/document_list.html"
    paginate_by = 20

    def get_queryset(self):
        language = current_language()
        documents = Document.objects.published().in_language().select_related("election")
        years = [day.year for day in documents.dates("adopted_on", "year", order="DESC")]
        elections = public_elections().filter(documents__in=documents).distinct().order_by("-polling_day")
        self.form = DocumentFilterForm(self.request.GET or None, years=years, elections=elections)
        chosen = self.form.cleaned_or_400()
        if "kind" in chosen:
            documents = documents.filter(kind=chosen["kind"])
        if "election" in chosen:
            documents = documents.filter(election__slug=chosen["election"])
        if "year" in chosen:
            documents = documents.filter(adopted_on__year=int(chosen["year"]))
        if "q" in chosen:
            query = chosen["q"]
            documents = documents.filter(Q(number__icontains=query) | Q(**{f"title_{language}__icontains": query}))
        return documents

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        query = self.request.GET.copy()
        query.pop("page", None)
        query.pop("untranslated", None)
        context["query_string"] = query.urlencode()
        context["crumbs"] = [{"title": _("Elections"), "url": reverse("elections:election_list")}]
        return context


class DocumentDetailView(PreviewMixin, DetailView):
    template_name = "elections/document_detail.html"
    context_object_name = "document"
    preview_permission = "elections.change_document"

    def get_object(self, queryset=None):
        documents = Document.objects.in_language().select_related("election")
        if not self.can_preview():
            documents = documents.published()
        return get_object_or_404(documents, slug=self.kwargs["slug"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        document = self.object
        versions = list(document.versions.all())
        latest = latest_versions(versions)
        context["files"] = [latest[code] for code in LANGUAGE_CODES if code in latest]
        context["versions"] = versions
        if versions:
            context["first_published"] = min(v.created for v in versions)
            context["last_updated"] = max(v.created for v in versions)
        context["alternates"] = {
            code: document.get_absolute_url(code) for code in LANGUAGE_CODES if document.available_in(code)
        }
        context["untranslated_target"] = "elections:document_list"
        context["crumbs"] = [{"title": _("Document registry"), "url": reverse("elections:document_list")}]
        context["election"] = document.election if document.election and document.election.published else None
        context["preview"] = not document.published or (document.election and not document.election.published)
        return context


def published_versions(slug, language):
    documents = Document.objects.published()
    return DocumentVersion.objects.filter(document__in=documents, document__slug=slug, language=language)


def document_file(request, slug, language):
    """The document's stable address in one language: it always leads to the newest version."""
    version = published_versions(slug, language).order_by("-number").first()
    if version is None:
        raise Http404(_("This document has no file in that language."))
    return HttpResponseRedirect(version.file.url)


def document_version(request, slug, language, number):
    version = published_versions(slug, language).filter(number=number).first()
    if version is None:
        raise Http404(_("No such version of the document."))
    return HttpResponseRedirect(version.file.url)
