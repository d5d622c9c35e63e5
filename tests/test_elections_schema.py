"""The turnout and results downloads are documented by JSON Schemas served at stable addresses, and
everything the site emits validates against them: current figures, earlier versions, no figures."""

import json
from datetime import date, datetime
from urllib.parse import urlsplit

import pytest
from django.test import Client
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource

from .factories import make_staff
from .test_elections_figures import make_candidates, make_election, make_results, make_turnout
from .test_publish_rule import change_url, results_change_form

pytestmark = pytest.mark.django_db


def get_json(url):
    response = Client().get(url)
    assert response.status_code == 200, url
    return json.loads(response.content)


def validators():
    schemas = {kind: get_json(f"/en/elections/schema/{kind}.json") for kind in ("turnout", "results")}
    registry = Registry().with_resources(
        (f"{kind}.json", Resource.from_contents(schema)) for kind, schema in schemas.items()
    )
    for schema in schemas.values():
        Draft202012Validator.check_schema(schema)
    return {
        kind: Draft202012Validator(schema, registry=registry, format_checker=FORMATS)
        for kind, schema in schemas.items()
    }


# The formats the schemas use, checked here (jsonschema checks date-time and uri only with extra packages).
FORMATS = FormatChecker(formats=())


@FORMATS.checks("date-time", raises=ValueError)
def is_date_time(value):
    return not isinstance(value, str) or ("T" in value and datetime.fromisoformat(value).tzinfo is not None)


@FORMATS.checks("date", raises=ValueError)
def is_date(value):
    return not isinstance(value, str) or bool(date.fromisoformat(value))


@FORMATS.checks("uri")
def is_uri(value):
    return not isinstance(value, str) or (urlsplit(value).scheme in ("http", "https") and bool(urlsplit(value).netloc))


def test_every_download_validates_against_its_published_schema():
    election = make_election(slug="mejlis-2025", status="counting")
    make_turnout(election, 10, {"AH": (561284, 160527), "AG": (572525, 156298)})
    make_turnout(election, 19, {"AH": (561284, 530897), "AG": (572525, 521981), "BN": (0, 0)})
    report = make_results(election, make_candidates(election, "Party A", "Party B"), {"AH": [600, 400], "MR": [3, 0]})
    editor = Client()
    editor.force_login(make_staff(groups=["Editors"]))
    corrected = results_change_form(report, {("AH", "Party A"): 640}, correction_reason_en="Recount in Ahal")
    assert editor.post(change_url(report), corrected).status_code == 302
    empty = make_election(slug="announced-2027", status="announced")
    check = validators()
    turnout = get_json("/en/elections/mejlis-2025/turnout.json")
    results = get_json("/en/elections/mejlis-2025/results.json")
    assert results["results"]["version"] == 2 and len(turnout["reports"]) == 2
    documents = {
        "turnout": [
            turnout,
            get_json(turnout["reports"][0]["versions"][0]["json"].replace("http://testserver", "")),
            get_json(f"/ru/elections/{empty.slug}/turnout.json"),
        ],
        "results": [
            results,
            get_json(results["results"]["versions"][0]["json"].replace("http://testserver", "")),
            get_json(f"/tk/elections/{empty.slug}/results.json"),
        ],
    }
    for kind, found in documents.items():
        for document in found:
            errors = [error.message for error in check[kind].iter_errors(document)]
            assert errors == [], (kind, errors)


def test_the_schema_refuses_what_the_site_must_never_emit():
    check = validators()["results"]
    election = {"slug": "x", "title": "X", "type": "local", "status": "final", "polling_day": "2026-03-29",
                "url": "https://example.org/x/"}  # fmt: skip
    assert not check.is_valid({"election": election, "results": {"stage": "final"}})  # a report with no figures
    assert not check.is_valid({"election": election, "last_updated": None, "results": None, "extra": 1})
    assert check.is_valid({"election": election, "last_updated": None, "results": None})
    assert not check.is_valid({"election": election, "last_updated": "30 March, 21:40", "results": None})
    assert not check.is_valid({"election": {**election, "url": "/x/"}, "last_updated": None, "results": None})


def test_an_unknown_schema_is_a_helpful_404():
    response = Client().get("/en/elections/schema/other.json")
    assert response.status_code == 404
