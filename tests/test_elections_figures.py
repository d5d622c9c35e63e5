"""Turnout and results: sums and percentages, refused inconsistent reports, CSV and JSON downloads."""

import csv
import html
import io
import itertools
import json
import re
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from elections.figures import percent
from elections.models import Candidate, Election, Region, ResultReport, TurnoutFigure, TurnoutReport

from .factories import add_result_figures, add_turnout_figures

pytestmark = pytest.mark.django_db

_counter = itertools.count(1)
CODES = ["AH", "BN", "DZ", "LB", "MR", "AG"]


def make_election(**overrides):
    n = next(_counter)
    fields = {
        "kind": "parliamentary",
        "slug": f"vote-{n}",
        "title_tk": f"Saýlaw {n}",
        "title_ru": f"Выборы {n}",
        "title_en": f"Vote {n}",
        "polling_day": date(2025, 3, 23),
        "status": "polling",
    }
    fields.update(overrides)
    return Election.objects.create(**fields)


def regions():
    """The seeded regions (created again if a flushed database lost them)."""
    names = {
        "AH": "Ahal region",
        "BN": "Balkan region",
        "DZ": "Dashoguz region",
        "LB": "Lebap region",
        "MR": "Mary region",
        "AG": "Ashgabat city",
    }
    for order, code in enumerate(CODES, start=1):
        Region.objects.get_or_create(
            code=code, defaults={"name_tk": names[code], "name_ru": names[code], "name_en": names[code], "order": order}
        )
    return Region.objects.in_bulk(field_name="code")


def at(election, hour):
    return timezone.make_aware(datetime.combine(election.polling_day, datetime.min.time())) + timedelta(hours=hour)


def make_turnout(election, hour, figures, **overrides):
    report = TurnoutReport.objects.create(
        election=election, reported_at=at(election, hour), **{"published": True, **overrides}
    )
    regions()
    return add_turnout_figures(report, figures)


def make_candidates(election, *names):
    return [Candidate.objects.create(election=election, name_tk=n, name_en=n, order=i) for i, n in enumerate(names)]


def make_results(election, candidates, votes, stage="final", **overrides):
    moment = timezone.make_aware(timezone.datetime.combine(election.polling_day, timezone.datetime.min.time()))
    defaults = {"published": True, "reported_at": moment + timedelta(hours=30)}  # in the counting period
    report = ResultReport.objects.create(election=election, stage=stage, **{**defaults, **overrides})
    regions()
    return add_result_figures(report, candidates, votes)


def table_rows(body, table_start):
    """Return the rows of the HTML table that starts at `table_start`, as lists of cell texts."""
    table = body[body.index(table_start) :]
    table = table[: table.index("</table>")]
    rows = []
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", table, flags=re.S):
        cells = re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, flags=re.S)
        rows.append([html.unescape(re.sub(r"<[^>]+>", " ", cell)).split() for cell in cells])
    return rows


def number(text):
    return int(text.replace(",", ""))


def read_csv(response):
    content = response.content.decode("utf-8")
    assert content.startswith("\ufeff")  # so that spreadsheet programs read the letters right
    return list(csv.DictReader(io.StringIO(content[1:])))


# Sums and percentages ----------------------------------------------------------------------------------


def test_percent_rounds_half_up_to_two_decimals_and_is_undefined_without_voters():
    assert percent(2, 3) == Decimal("66.67")
    assert percent(1, 800) == Decimal("0.13")  # 0.125: half up, not to even
    assert percent(935, 1000) == Decimal("93.50")
    assert percent(0, 0) is None


def test_hub_turnout_table_shows_regions_in_order_with_the_sums_and_percentages(client):
    election = make_election()
    make_turnout(election, 10, {"AG": (2000, 400), "AH": (1000, 300)})
    make_turnout(election, 19, {"AG": (2000, 1801), "AH": (1000, 950), "MR": (3, 2)})
    make_turnout(election, 22, {"AH": (1000, 990)}, published=False)  # not announced yet
    body = client.get(election.get_absolute_url("en")).content.decode()
    rows = table_rows(body, "<caption>Turnout by region at")
    assert rows[1:] == [
        [["Ahal", "region"], ["1,000"], ["950"], ["95.00"]],
        [["Mary", "region"], ["3"], ["2"], ["66.67"]],
        [["Ashgabat", "city"], ["2,000"], ["1,801"], ["90.05"]],
        [["Total"], ["3,003"], ["2,753"], ["91.67"]],  # 2,753 / 3,003
    ]
    timeline = table_rows(body, "<caption>Turnout through the day")
    assert timeline[0] == [["Time"], ["Ahal", "region"], ["Mary", "region"], ["Ashgabat", "city"], ["Total"]]
    assert [row[1:] for row in timeline[1:]] == [
        [["30.00"], ["—"], ["20.00"], ["23.33"]],
        [["95.00"], ["66.67"], ["90.05"], ["91.67"]],
    ]


def test_results_prefer_final_over_newer_preliminary_and_give_shares_of_valid_votes(client):
    election = make_election(status="final")
    a, b = make_candidates(election, "Candidate A", "Candidate B")
    make_results(election, [a, b], {"AH": [60, 40], "AG": [25, 75]}, reported_at=at(election, 30))
    make_results(election, [a, b], {"AH": [1, 1]}, stage="preliminary", reported_at=at(election, 60))
    body = client.get(election.get_absolute_url("en")).content.decode()
    assert "Final results" in body and "Preliminary results" not in body
    assert table_rows(body, '<table class="figures" id="results-total"')[1:] == [
        [["Candidate", "A"], ["85"], ["42.50"]],
        [["Candidate", "B"], ["115"], ["57.50"]],
    ]
    assert table_rows(body, '<table class="figures figures--compact" id="results-regions">')[1:] == [
        [["Ahal", "region"], ["60", "60.00", "%"], ["40", "40.00", "%"]],
        [["Ashgabat", "city"], ["25", "25.00", "%"], ["75", "75.00", "%"]],
    ]


def test_preliminary_results_are_marked_and_unpublished_ones_are_hidden(client):
    election = make_election(status="counting")
    a, b = make_candidates(election, "Yes", "No")
    make_results(election, [a, b], {"AH": [10, 5]}, stage="preliminary", reported_at=at(election, 20))
    make_results(election, [a, b], {"AH": [99, 1]}, stage="final", published=False, reported_at=at(election, 40))
    body = client.get(election.get_absolute_url("en")).content.decode()
    assert "Preliminary results" in body and "Final results" not in body
    assert ">66.67<" in body and ">99<" not in body


def turnout_form(election, rows, **extra):
    """The turnout form's grid as the browser sends it: `rows` [(region, registered, ballots cast)]."""
    data = {"election": election.pk, "reported_at_0": "2025-03-23", "reported_at_1": "10:00:00", "published": "on"}
    for region, registered, ballots in rows:
        data[f"grid-{region.pk}-registered"] = registered
        data[f"grid-{region.pk}-ballots_cast"] = ballots
    data.update(extra)
    return data


def errors_of(response):
    text = html.unescape(response.content.decode())
    return " ".join(re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', text, flags=re.S))


def test_database_refuses_ballots_above_registered_and_a_region_twice():
    report = TurnoutReport.objects.create(election=make_election(), reported_at=timezone.now())
    region = regions()["AH"]
    with pytest.raises(IntegrityError), transaction.atomic():
        TurnoutFigure.objects.create(report=report, region=region, registered=10, ballots_cast=11)
    TurnoutFigure.objects.create(report=report, region=region, registered=10, ballots_cast=10)
    with pytest.raises(IntegrityError), transaction.atomic():
        TurnoutFigure.objects.create(report=report, region=region, registered=20, ballots_cast=10)


def test_an_election_has_one_set_of_final_results():
    election = make_election()
    ResultReport.objects.create(election=election, stage="final")
    ResultReport.objects.create(election=election, stage="preliminary")
    with pytest.raises(IntegrityError), transaction.atomic():
        ResultReport.objects.create(election=election, stage="final")


# Downloads ----------------------------------------------------------------------------------------------


def test_turnout_csv_and_json_match_the_hub_table(client):
    election = make_election(slug="mejlis-2025")
    make_turnout(election, 10, {"AH": (561284, 160527), "AG": (572525, 156298)})
    make_turnout(election, 19, {"AH": (561284, 530897), "AG": (572525, 521981), "BN": (0, 0)})
    page = client.get(election.get_absolute_url("en")).content.decode()
    table = table_rows(page, "<caption>Turnout by region at")[1:]
    shown = [(" ".join(cells[0]), number(cells[1][0]), number(cells[2][0]), cells[3][0]) for cells in table]

    response = client.get("/en/elections/mejlis-2025/turnout.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Access-Control-Allow-Origin"] == "*"
    rows = read_csv(response)
    assert list(rows[0]) == [
        "election",
        "report_id",
        "version",
        "published_at",
        "corrected_at",
        "reported_at",
        "region_code",
        "region",
        "registered",
        "ballots_cast",
        "turnout_percent",
    ]
    assert {row["version"] for row in rows} == {"1"} and {row["corrected_at"] for row in rows} == {""}
    assert {row["reported_at"] for row in rows} == {"2025-03-23T10:00:00+05:00", "2025-03-23T19:00:00+05:00"}
    latest = [row for row in rows if row["reported_at"].endswith("T19:00:00+05:00")]
    assert [
        (r["region"], int(r["registered"]), int(r["ballots_cast"]), r["turnout_percent"] or "—") for r in latest
    ] == shown
    assert [r["turnout_percent"] for r in latest] == ["94.59", "", "91.17", "92.86"]
    assert latest[-1]["region_code"] == "TOTAL" and latest[-1]["region"] == "Total"

    data = json.loads(client.get("/en/elections/mejlis-2025/turnout.json").content)
    assert data["election"]["slug"] == "mejlis-2025" and data["election"]["polling_day"] == "2025-03-23"
    report = data["reports"][-1]
    assert [(r["region"], r["registered"], r["ballots_cast"], r["turnout_percent"]) for r in report["regions"]] == [
        (
            r["region"],
            int(r["registered"]),
            int(r["ballots_cast"]),
            float(r["turnout_percent"]) if r["turnout_percent"] else None,
        )
        for r in latest[:-1]
    ]
    assert report["total"] == {
        "region_code": "TOTAL",
        "region": "Total",
        "registered": 1133809,
        "ballots_cast": 1052878,
        "turnout_percent": 92.86,
    }
    assert report["regions"][1]["turnout_percent"] is None  # no registered voters: undefined, not zero


def test_results_csv_and_json_match_the_hub_tables(client):
    election = make_election(slug="local-2026", status="final")
    a, b, c = make_candidates(election, "Party A", "Party B", "Party C")
    make_results(election, [a, b, c], {"AH": [500, 300, 200], "MR": [1, 2, 0]}, reported_at=at(election, 48))
    page = client.get(election.get_absolute_url("en")).content.decode()
    totals = table_rows(page, '<table class="figures" id="results-total"')[1:]
    rows = read_csv(client.get("/en/elections/local-2026/results.csv"))
    assert list(rows[0]) == [
        "election",
        "report_id",
        "version",
        "published_at",
        "corrected_at",
        "stage",
        "reported_at",
        "region_code",
        "region",
        "registered",
        "ballots_cast",
        "invalid_ballots",
        "candidate_id",
        "candidate",
        "votes",
        "share_percent",
    ]
    total_rows = [r for r in rows if r["region_code"] == "TOTAL"]
    assert [(r["candidate"], r["votes"], r["share_percent"]) for r in total_rows] == [
        (" ".join(cells[0]), cells[1][0].replace(",", ""), cells[2][0]) for cells in totals
    ]
    assert [
        (r["region_code"], r["candidate"], r["votes"], r["share_percent"]) for r in rows if r["region_code"] == "MR"
    ] == [
        ("MR", "Party A", "1", "33.33"),
        ("MR", "Party B", "2", "66.67"),
        ("MR", "Party C", "0", "0.00"),
    ]
    assert {r["stage"] for r in rows} == {"final"}

    data = json.loads(client.get("/en/elections/local-2026/results.json").content)
    assert data["results"]["stage"] == "final"
    assert [(t["candidate"], t["votes"], t["share_percent"]) for t in data["results"]["total"]] == [
        ("Party A", 501, 49.95),
        ("Party B", 302, 30.11),
        ("Party C", 200, 19.94),
    ]
    mary = next(r for r in data["results"]["regions"] if r["region_code"] == "MR")
    assert mary["valid_votes"] == 3 and [c["votes"] for c in mary["candidates"]] == [1, 2, 0]


def test_downloads_of_an_election_without_figures_are_empty_but_valid(client):
    election = make_election(slug="announced-2027", status="announced")
    assert read_csv(client.get("/en/elections/announced-2027/turnout.csv")) == []
    assert json.loads(client.get("/en/elections/announced-2027/turnout.json").content)["reports"] == []
    assert json.loads(client.get("/en/elections/announced-2027/results.json").content)["results"] is None
    assert client.get(f"/en/elections/{election.slug}x/results.csv").status_code == 404


def test_csv_text_cells_cannot_become_spreadsheet_formulas(client):
    election = make_election(slug="formula")
    (candidate,) = make_candidates(election, '=HYPERLINK("http://example.org")')
    make_results(election, [candidate], {"AH": [5]})
    rows = read_csv(client.get("/en/elections/formula/results.csv"))
    assert rows[0]["candidate"] == '\'=HYPERLINK("http://example.org")'


def test_downloads_give_names_in_the_language_of_the_address(client):
    election = make_election(slug="vote-ru")
    Region.objects.filter(code="AH").update(name_ru="Ахалский велаят")
    make_turnout(election, 10, {"AH": (10, 5)})
    rows = read_csv(client.get("/ru/elections/vote-ru/turnout.csv"))
    assert rows[0]["region"] == "Ахалский велаят"
    assert (
        json.loads(client.get("/ru/elections/vote-ru/turnout.json").content)["election"]["title"] == election.title_ru
    )
