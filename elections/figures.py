"""Turnout and results tables, built once and shared by the hub page, the chart and the downloads."""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import CharField, F, IntegerField, Subquery, Value
from django.utils.translation import gettext_lazy as _

from multilingual.models import current_language

from .models import LANGUAGE_CODES, TOTAL_CODE, Candidate, ResultFigure, ResultReport, TurnoutFigure

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
class TurnoutTable:
    reported_at: object
    rows: list = field(default_factory=list)

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
class ResultsTable:
    """The votes per candidate, region by region and in total, of one result report."""

    report: ResultReport
    candidates: list
    regions: list  # [(code, name)]
    votes: dict  # {(region code, candidate pk): votes}

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
    def is_final(self):
        return self.report.stage == ResultReport.Stage.FINAL


# The columns both halves of the UNION select, in this order.
COLUMNS = [
    "source", "report_key", "moment", "stage", "region_code", "region_order",
    *[f"region_{code}" for code in LANGUAGE_CODES],
    "candidate_key", "candidate_order", *[f"candidate_{code}" for code in LANGUAGE_CODES],
    "first", "second",
]  # fmt: skip


def figure_rows(election):
    """Return the rows of the published turnout reports and of the best published results, in one query.

    One UNION instead of two queries keeps the election hub within its query budget.
    """
    region = {
        "region_code": F("region__code"),
        "region_order": F("region__order"),
        **{f"region_{code}": F(f"region__name_{code}") for code in LANGUAGE_CODES},
    }
    turnout = TurnoutFigure.objects.filter(report__election=election, report__published=True).annotate(
        source=Value("turnout"),
        report_key=F("report_id"),
        moment=F("report__reported_at"),
        stage=Value("", output_field=CharField()),
        **region,
        candidate_key=Value(None, output_field=IntegerField()),
        candidate_order=Value(0, output_field=IntegerField()),
        **{f"candidate_{code}": Value("", output_field=CharField()) for code in LANGUAGE_CODES},
        first=F("registered"),
        second=F("ballots_cast"),
    )
    chosen = ResultReport.objects.published().filter(election=election).best_first().values("pk")[:1]
    results = ResultFigure.objects.filter(report=Subquery(chosen)).annotate(
        source=Value("results"),
        report_key=F("report_id"),
        moment=F("report__reported_at"),
        stage=F("report__stage"),
        **region,
        candidate_key=F("candidate_id"),
        candidate_order=F("candidate__order"),
        **{f"candidate_{code}": F(f"candidate__name_{code}") for code in LANGUAGE_CODES},
        first=F("votes"),
        second=Value(0, output_field=IntegerField()),
    )
    rows = turnout.order_by().values_list(*COLUMNS).union(results.order_by().values_list(*COLUMNS), all=True)
    return [dict(zip(COLUMNS, row, strict=True)) for row in rows]


def region_name(row, language):
    return row[f"region_{language}"] or next(row[f"region_{code}"] for code in LANGUAGE_CODES if row[f"region_{code}"])


def election_figures(election):
    """Return (turnout tables oldest first, results table or None) of the election."""
    language = current_language()
    rows = figure_rows(election)
    turnout = sorted((r for r in rows if r["source"] == "turnout"), key=lambda r: (r["moment"], r["report_key"],
                     r["region_order"], r["region_code"]))  # fmt: skip
    tables = {}
    for row in turnout:
        table = tables.get(row["report_key"])
        if table is None:
            table = tables[row["report_key"]] = TurnoutTable(row["moment"])
        name = region_name(row, language)
        table.rows.append(TurnoutRow(row["region_code"], name, row["first"], row["second"], row["region_order"]))
    results = sorted((r for r in rows if r["source"] == "results"), key=lambda r: (r["region_order"], r["region_code"],
                     r["candidate_order"], r["candidate_key"]))  # fmt: skip
    return list(tables.values()), results_from_rows(results, language)


def results_from_rows(rows, language):
    if not rows:
        return None
    candidates, regions, votes = {}, {}, {}
    for row in rows:
        if row["candidate_key"] not in candidates:
            names = {f"name_{code}": row[f"candidate_{code}"] for code in LANGUAGE_CODES}
            candidates[row["candidate_key"]] = Candidate(pk=row["candidate_key"], order=row["candidate_order"], **names)
        regions.setdefault(row["region_code"], region_name(row, language))
        votes[(row["region_code"], row["candidate_key"])] = row["first"]
    report = ResultReport(pk=rows[0]["report_key"], stage=rows[0]["stage"], reported_at=rows[0]["moment"])
    ordered = sorted(candidates.values(), key=lambda c: (c.order, c.pk))
    return ResultsTable(report, ordered, list(regions.items()), votes)
