"""What the public sees of turnout and results: frozen versions, made when a publisher saves figures.

`release(report)` copies a published report's figures into `report.released`, the only source of the
hub's tables and of the downloads. Before the public has seen a report, a release replaces what was
released (a report scheduled for 20:00 can still be changed at 19:55). Once the public has seen it,
a changed set of figures is a correction: a new version, with its reason and the regions it changed,
while every earlier version stays as a FigureVersion row at its own address.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from .models import LANGUAGE_CODES, ResultReport, ResultVersion, TurnoutVersion


def names(record, field="name"):
    return {code: getattr(record, f"{field}_{code}") for code in LANGUAGE_CODES}


def region_part(region):
    return {"code": region.code, "order": region.order, "names": names(region)}


def turnout_data(report, rows=None):
    """Return a turnout report's figures in the form of a release: `rows` (objects with region,
    registered and ballots_cast), or its stored rows."""
    if rows is None:
        rows = report.figures.select_related("region")
    rows = sorted(rows, key=lambda row: (row.region.order, row.region.code))
    return {
        "reported_at": report.reported_at.isoformat(),
        "regions": [
            {**region_part(row.region), "registered": row.registered, "ballots_cast": row.ballots_cast} for row in rows
        ],
    }


@dataclass
class Protocol:
    """A region's line of results: the ballots counted, and the votes of each candidate in ballot order."""

    region: object
    registered: int
    ballots_cast: int
    invalid: int
    votes: list


def stored_protocols(report, candidates):
    votes = {(row.region_id, row.candidate_id): row.votes for row in report.figures.all()}
    return [
        Protocol(row.region, row.registered, row.ballots_cast, row.invalid,
                 [votes.get((row.region_id, c.pk), 0) for c in candidates])
        for row in report.protocols.select_related("region")
    ]  # fmt: skip


def results_data(report, rows=None):
    """Return a result report's figures in the form of a release: `rows` (Protocol-like), or its stored rows."""
    candidates = list(report.election.candidates.order_by("order", "pk"))
    if rows is None:
        rows = stored_protocols(report, candidates)
    rows = sorted(rows, key=lambda row: (row.region.order, row.region.code))
    return {
        "reported_at": report.reported_at.isoformat(),
        "stage": report.stage,
        "candidates": [{"id": c.pk, "order": c.order, "names": names(c)} for c in candidates],
        "regions": [
            {
                **region_part(row.region),
                "registered": row.registered,
                "ballots_cast": row.ballots_cast,
                "invalid": row.invalid,
                "votes": list(row.votes),
            }
            for row in rows
        ],
    }


def figures_of(report):
    return results_data(report) if isinstance(report, ResultReport) else turnout_data(report)


def version_model(report):
    return ResultVersion if isinstance(report, ResultReport) else TurnoutVersion


def figures_only(data):
    """The part of a release that a correction changes: everything but its history."""
    return {key: value for key, value in (data or {}).items() if key != "corrections"}


def changed_regions(old, new):
    """Return the codes of the regions whose figures differ between two releases, in display order."""
    before = {row["code"]: row for row in old.get("regions", [])}
    after = {row["code"]: row for row in new.get("regions", [])}
    codes = sorted(before.keys() | after.keys(), key=lambda code: ((after.get(code) or before[code])["order"], code))
    return [code for code in codes if before.get(code) != after.get(code)]


def is_correction(report):
    """Say whether releasing the report's stored figures now would correct what the public has seen."""
    return report.is_public and figures_of(report) != figures_only(report.released)


def release(report, reason=None, at=None):
    """Make the stored figures of a published report its public version; return the FigureVersion
    made, or None when nothing changed. Call it after the report and all its rows are saved.
    `reason` is the correction's reason by language code ({"tk": ..., "en": ...}); `at` is the
    moment of the release: now, unless loading figures published in the past."""
    reason = {code: text for code, text in (reason or {}).items() if text}
    if not report.published:
        return None
    data = figures_of(report)
    now = at or timezone.now()
    Version = version_model(report)
    with transaction.atomic():
        if report.is_public:
            if data == figures_only(report.released):
                return None
            corrections = report.released.get("corrections", [])
            regions = changed_regions(report.released, data)
            report.version += 1
            report.corrected_at = now
            named = {row["code"]: row["names"] for row in [*report.released["regions"], *data["regions"]]}
            corrections = [
                *corrections,
                {"version": report.version, "at": now.isoformat(), "reason": reason, "regions": regions,
                 "names": {code: named[code] for code in regions}},
            ]  # fmt: skip
            version = Version.objects.create(
                report=report, number=report.version, released_at=now, reason=reason, regions=regions, data=data
            )
            report.released = {**data, "corrections": corrections}
        else:
            # Not seen yet: the release (its moment, its figures) is replaced.
            moment = report.publish_at if report.publish_at and report.publish_at > now else now
            Version.objects.filter(report=report).delete()
            version = Version.objects.create(report=report, number=1, released_at=moment, data=data)
            report.version, report.published_at, report.corrected_at = 1, moment, None
            report.released = {**data, "corrections": []}
        report.save(update_fields=["version", "published_at", "corrected_at", "released"])
    return version


def moment(value):
    return parse_datetime(value) if isinstance(value, str) else value
