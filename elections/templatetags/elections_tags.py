from django import template
from django.db.models import Subquery
from django.utils import formats, timezone

from multilingual.models import current_language
from sitecache.versioning import until_next_scheduled, versioned

from ..figures import Published, ResultsTable, TurnoutTable
from ..models import Election, KeyDate, ResultReport, TurnoutReport, mark_positions

register = template.Library()

WHAT_IS_NEXT_SECONDS = 3600


def what_is_next_data(language, today):
    """Return the block's content for the nearest upcoming or running election, or None, in one query."""
    nearest = Election.objects.published().in_language(language).active().order_by("polling_day", "pk")
    found = Election.objects.filter(pk=Subquery(nearest.values("pk")[:1])).with_key_dates()
    if not found:
        return None
    election = found[0]
    entries = mark_positions(election.calendar(election.key_date_list), today)

    def entry_data(entry):
        return {
            "title": str(entry.title),
            "starts_on": entry.starts_on,
            "ends_on": entry.ends_on if entry.is_period else None,
        }

    return {
        "title": election.translated("title", language),
        "url": election.get_absolute_url(language),
        "kind": str(election.get_kind_display()),
        "status": election.status,
        "status_label": str(election.get_status_display()),
        "polling_day": election.polling_day,
        "days_to_polling": (election.polling_day - today).days,
        "current": [entry_data(e) for e in entries if e.position == KeyDate.Position.CURRENT],
        "next": next((entry_data(e) for e in entries if e.position == KeyDate.Position.NEXT), None),
        "slug": election.slug,
        "figures": latest_figures(election, language),
    }


def latest_figures(election, language):
    """While polling, the latest turnout; while counting, the results shown on the hub; else None."""
    if election.status == Election.Status.POLLING:
        report = TurnoutReport.objects.published().filter(election=election).order_by("-reported_at", "-pk").first()
        if report is None:
            return None
        table = TurnoutTable.from_release(Published.current(report, report.released), language)
        return {"kind": "turnout", "reported_at": table.reported_at, "percent": table.total.percent}
    if election.status == Election.Status.COUNTING:
        report = ResultReport.objects.published().filter(election=election).best_first().first()
        if report is None:
            return None
        results = ResultsTable.from_release(Published.current(report, report.released), language)
        return {"kind": "results", "reported_at": results.reported_at, "final": results.is_final}
    return None


@register.inclusion_tag("elections/_what_is_next.html")
def what_is_next():
    """The home page's "what is next" block while an election is announced or under way; cached."""
    language = current_language()
    today = timezone.localdate()
    data = versioned(
        f"elections:next:{language}:{today.isoformat()}",
        lambda: what_is_next_data(language, today) or {},
        timeout=lambda: until_next_scheduled(WHAT_IS_NEXT_SECONDS),  # scheduled figures appear on time
    )
    return {"next_election": data}


@register.simple_tag
def number_format_setting(name):
    """The active language's THOUSAND_SEPARATOR or DECIMAL_SEPARATOR, for the hub's automatic update
    to write numbers as the page does (browsers know no Turkmen number format)."""
    return formats.get_format(name)
