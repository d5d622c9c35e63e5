"""The checks figures pass before anyone sees them.

Errors stop a report from being saved as published; warnings an editor may confirm, with a reason
that goes into the audit log. Every message names the region and the numbers.
"""

import hashlib
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _

from .models import ResultReport, TurnoutReport

HIGH_TURNOUT = 0.99
REGISTERED_CHANGE = 0.01


def n(value):
    return number_format(value, force_grouping=True)


def at(moment):
    return date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT")


@dataclass
class Row:
    """One region's line of a protocol: turnout has no `invalid` and no `votes`."""

    region: object
    registered: int
    ballots_cast: int
    invalid: int | None = None
    votes: list = field(default_factory=list)

    @property
    def counted(self):
        return sum(self.votes) + (self.invalid or 0)


@dataclass
class Problems:
    errors: list = field(default_factory=list)
    warnings: list = field(default_factory=list)

    @property
    def token(self):
        """A short fingerprint of the warnings: a confirmation holds for the warnings it was given for."""
        return hashlib.sha256("\n".join(self.warnings).encode()).hexdigest()[:16] if self.warnings else ""


def check_rows(report, rows, *, published):
    """Return the Problems of saving `rows` (a list of Row) for `report` (its fields set, maybe unsaved)."""
    problems = Problems()
    election = report.election
    taking_part = {region.pk for region in election.taking_part()}
    for row in rows:
        name = row.region
        if row.region.pk not in taking_part:
            problems.errors.append(
                _("%(region)s is not part of this election: leave its row empty.") % {"region": name}
            )
        if row.ballots_cast > row.registered:
            problems.errors.append(
                _("%(region)s: %(ballots)s ballots cast, but %(registered)s registered voters.")
                % {"region": name, "ballots": n(row.ballots_cast), "registered": n(row.registered)}
            )
        if row.invalid is not None and row.counted > row.ballots_cast:
            problems.errors.append(
                _("%(region)s: %(votes)s votes for candidates and %(invalid)s invalid ballots, "
                  "but %(ballots)s ballots cast.")
                % {"region": name, "votes": n(sum(row.votes)), "invalid": n(row.invalid),
                   "ballots": n(row.ballots_cast)}
            )  # fmt: skip
        if row.registered and row.ballots_cast / row.registered > HIGH_TURNOUT and row.ballots_cast <= row.registered:
            problems.warnings.append(
                _("%(region)s: a turnout of %(percent)s%% (%(ballots)s of %(registered)s registered voters).")
                % {"region": name, "percent": number_format(100 * row.ballots_cast / row.registered, 2),
                   "ballots": n(row.ballots_cast), "registered": n(row.registered)}
            )  # fmt: skip
    if published and not rows:
        problems.errors.append(_("A published report needs figures: enter at least one region, or do not publish it."))
    if isinstance(report, ResultReport):
        problems.errors += stage_order(report)
    problems.warnings += time_outside_period(report)
    problems.warnings += compared_with_other_reports(report, rows)
    return problems


def stage_order(report):
    """A final result is never followed by a preliminary one."""
    others = ResultReport.objects.filter(election=report.election).exclude(pk=report.pk)
    if report.stage == ResultReport.Stage.PRELIMINARY:
        final = others.filter(stage=ResultReport.Stage.FINAL, reported_at__lte=report.reported_at).first()
        if final:
            return [
                _("The final results of this election are dated %(final)s: preliminary results cannot come after them.")
                % {"final": at(final.reported_at)}
            ]
    else:
        later = others.filter(stage=ResultReport.Stage.PRELIMINARY, reported_at__gte=report.reported_at).first()
        if later:
            return [
                _("Preliminary results of this election are dated %(later)s: the final results must come after them.")
                % {"later": at(later.reported_at)}
            ]
    return []


def time_outside_period(report):
    election = report.election
    day = timezone.localdate(report.reported_at)
    if isinstance(report, TurnoutReport):
        if day != election.polling_day:
            return [
                _("The report's time, %(moment)s, is not on polling day (%(day)s).")
                % {"moment": at(report.reported_at), "day": date_format(election.polling_day)}
            ]
        return []
    last = election.counting_ends_on()
    if not election.polling_day <= day <= last:
        return [
            _("The report's time, %(moment)s, is outside polling day and the counting period (%(first)s to %(last)s).")
            % {"moment": at(report.reported_at), "first": date_format(election.polling_day), "last": date_format(last)}
        ]  # fmt: skip
    return []


def neighbours(report):
    """Return (the published report before, the one after) of the same kind and election, by time of report."""
    others = (
        type(report)
        .objects.filter(election=report.election, published=True)
        .exclude(pk=report.pk)
        .prefetch_related("protocols" if isinstance(report, ResultReport) else "figures")
    )
    before = others.filter(reported_at__lt=report.reported_at).order_by("-reported_at").first()
    after = others.filter(reported_at__gt=report.reported_at).order_by("reported_at").first()
    return before, after


def stored_rows(report):
    """{region pk: (registered, ballots cast)} of a stored report."""
    rows = report.protocols.all() if isinstance(report, ResultReport) else report.figures.all()
    return {row.region_id: (row.registered, row.ballots_cast) for row in rows}


def compared_with_other_reports(report, rows):
    warnings = []
    before, after = neighbours(report)
    same_day = timezone.localdate(report.reported_at)
    for other, is_before in ((before, True), (after, False)):
        if other is None:
            continue
        stored = stored_rows(other)
        for row in rows:
            if row.region.pk not in stored:
                continue
            registered, ballots = stored[row.region.pk]
            if (
                isinstance(report, TurnoutReport)
                and timezone.localdate(other.reported_at) == same_day
                and (row.ballots_cast < ballots if is_before else row.ballots_cast > ballots)
            ):
                warnings.append(
                    _("%(region)s: %(ballots)s ballots cast at %(moment)s, "
                      "but %(other)s at %(other_moment)s: turnout falls.")
                    % {"region": row.region, "ballots": n(row.ballots_cast), "moment": at(report.reported_at),
                       "other": n(ballots), "other_moment": at(other.reported_at)}
                )  # fmt: skip
            if registered and abs(row.registered - registered) / registered > REGISTERED_CHANGE:
                warnings.append(
                    _("%(region)s: %(registered)s registered voters, "
                      "%(change)s%% different from %(other)s at %(other_moment)s.")
                    % {"region": row.region, "registered": n(row.registered), "other": n(registered),
                       "change": number_format(100 * (row.registered - registered) / registered, 1),
                       "other_moment": at(other.reported_at)}
                )  # fmt: skip
    return warnings
