"""Turnout and results tables, built once and shared by the hub page, the chart and the downloads."""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext_lazy as _

from multilingual.models import current_language

from .models import LANGUAGE_CODES, TOTAL_CODE, ResultReport, TurnoutReport
from .release import figures_of, moment

HUNDREDTH = Decimal("0.01")
TOTAL_LABEL = _("Total")


def percent(part, whole):
    """Return part / whole in per cent, rounded half up to two decimals; None when whole is 0."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(HUNDREDTH, rounding=ROUND_HALF_UP)


@dataclass
class TurnoutRow:
    code: str
    name: str
    registered: int
    ballots_cast: int
    order: int = 0

    @property
    def percent(self):
        return percent(self.ballots_cast, self.registered)

    @property
    def is_total(self):
        return self.code == TOTAL_CODE


@dataclass
class Published:
    """What the public is told about a version of a report: which, when it came out, its corrections."""

    report_pk: int
    version: int
    published_at: object
    corrected_at: object
    data: dict

    @classmethod
    def current(cls, report, data):
        return cls(report.pk, report.version, report.published_at, report.corrected_at, data)

    @classmethod
    def earlier(cls, report, version):
        """An earlier version (a FigureVersion) of `report`."""
        corrected_at = version.released_at if version.number > 1 else None
        return cls(report.pk, version.number, report.published_at, corrected_at, version.data)

    @property
    def corrections(self):
        """[{version, at, reason, regions: [names]}], newest first."""
        language = current_language()
        return [
            {**entry, "at": moment(entry["at"]), "reason": reason_in(entry["reason"], language),
             "regions": [name_in({"names": entry["names"][code]}, language) for code in entry["regions"]]}
            for entry in reversed(self.data.get("corrections", []))
        ]  # fmt: skip

    @property
    def last_updated(self):
        return max(filter(None, [self.published_at, self.corrected_at]), default=None)

    @property
    def earlier_versions(self):
        return list(range(self.version - 1, 0, -1))


def reason_in(reasons, language):
    """A correction's reason in `language`, else in the first language it was given in."""
    return reasons.get(language) or next((reasons[code] for code in LANGUAGE_CODES if reasons.get(code)), "")


def name_in(part, language):
    """A region's or candidate's name in `language`, else in the first language that has one."""
    names = part["names"]
    return names.get(language) or next((names[code] for code in LANGUAGE_CODES if names.get(code)), "")


@dataclass
class TurnoutTable:
    reported_at: object
    rows: list = field(default_factory=list)
    published: Published | None = None

    @classmethod
    def from_release(cls, published, language):
        data = published.data
        rows = [
            TurnoutRow(row["code"], name_in(row, language), row["registered"], row["ballots_cast"], row["order"])
            for row in data["regions"]
        ]
        return cls(moment(data["reported_at"]), rows, published)

    @property
    def total(self):
        return TurnoutRow(
            TOTAL_CODE,
            str(TOTAL_LABEL),
            sum(row.registered for row in self.rows),
            sum(row.ballots_cast for row in self.rows),
        )

    @property
    def rows_with_total(self):
        return [*self.rows, self.total]


def turnout_timeline(tables):
    """Return (regions, rows) for the "turnout through the day" table: per report, each region's per cent."""
    regions = {}
    for table in tables:
        for row in table.rows:
            regions.setdefault((row.order, row.code), row.name)
    regions = {code: name for (_order, code), name in sorted(regions.items())}
    rows = []
    for table in tables:
        by_code = {row.code: row.percent for row in table.rows}
        rows.append((table.reported_at, [by_code.get(code) for code in regions], table.total.percent))
    return list(regions.items()), rows


@dataclass
class ResultCell:
    votes: int
    share: Decimal | None


@dataclass
class Choice:
    """A candidate or option, as a release names it."""

    pk: int
    name: str
    order: int


@dataclass
class ResultsTable:
    """The votes per candidate, region by region and in total, of one released result report."""

    candidates: list
    regions: list  # [(code, name)]
    votes: dict  # {(region code, candidate pk): votes}
    ballots: dict  # {region code: (registered, ballots cast, invalid)}
    published: Published

    @classmethod
    def from_release(cls, published, language):
        data = published.data
        candidates = [Choice(c["id"], name_in(c, language), c["order"]) for c in data["candidates"]]
        votes, ballots = {}, {}
        for row in data["regions"]:
            ballots[row["code"]] = (row["registered"], row["ballots_cast"], row["invalid"])
            for candidate, count in zip(candidates, row["votes"], strict=True):
                votes[(row["code"], candidate.pk)] = count
        regions = [(row["code"], name_in(row, language)) for row in data["regions"]]
        return cls(candidates, regions, votes, ballots, published)

    @property
    def stage(self):
        return self.published.data["stage"]

    @property
    def reported_at(self):
        return moment(self.published.data["reported_at"])

    def cell(self, code, candidate):
        votes = self.votes.get((code, candidate.pk), 0)
        return ResultCell(votes, percent(votes, self.valid_votes(code)))

    def valid_votes(self, code):
        return sum(self.votes.get((code, c.pk), 0) for c in self.candidates)

    def total_votes(self, candidate):
        return sum(self.votes.get((code, candidate.pk), 0) for code, _name in self.regions)

    @property
    def totals(self):
        """[(candidate, votes, share)] for the whole country, in ballot order."""
        all_valid = sum(self.valid_votes(code) for code, _name in self.regions)
        return [(c, self.total_votes(c), percent(self.total_votes(c), all_valid)) for c in self.candidates]

    @property
    def by_region(self):
        """[(code, name, [cells per candidate], valid votes)]."""
        return [
            (code, name, [self.cell(code, c) for c in self.candidates], self.valid_votes(code))
            for code, name in self.regions
        ]

    @property
    def total_ballots(self):
        """(registered, ballots cast, invalid) in all reported regions."""
        return tuple(sum(counts[i] for counts in self.ballots.values()) for i in range(3))

    @property
    def is_final(self):
        return self.stage == ResultReport.Stage.FINAL


TURNOUT_FIELDS = ["pk", "election_id", "reported_at", "published_at", "corrected_at", "version", "released"]
RESULTS_FIELDS = [*TURNOUT_FIELDS, "stage"]


def election_figures(election, preview=None):
    """Return (turnout tables oldest first, results table or None): the released figures of the election.

    With `preview` (a report of the election), its stored figures are shown as if it were released now:
    what the public will see once a publisher saves it."""
    language = current_language()
    turnout = list(TurnoutReport.objects.published().filter(election=election).only(*TURNOUT_FIELDS))
    best = ResultReport.objects.published().filter(election=election).best_first().only(*RESULTS_FIELDS).first()
    if isinstance(preview, TurnoutReport):
        turnout = [report for report in turnout if report.pk != preview.pk] + [as_released(preview)]
    elif isinstance(preview, ResultReport):
        # The results the hub will show once the previewed ones are published: final ones first.
        shown = [report for report in [best, as_released(preview)] if report is not None]
        if best is not None and best.pk == preview.pk:
            shown = [shown[-1]]
        best = min(
            shown, key=lambda report: (report.stage != ResultReport.Stage.FINAL, -report.reported_at.timestamp())
        )
    turnout.sort(key=lambda report: (moment(report.released["reported_at"]), report.pk))
    tables = [TurnoutTable.from_release(Published.current(report, report.released), language) for report in turnout]
    results = ResultsTable.from_release(Published.current(best, best.released), language) if best else None
    return tables, results


def as_released(report):
    """The report with its stored figures in place of its public version (for a preview)."""
    report.released = {**figures_of(report), "corrections": (report.released or {}).get("corrections", [])}
    return report
