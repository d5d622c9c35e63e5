"""Entering turnout and results as staff do: one grid per protocol, checked before anyone sees it,
scheduled, previewed, and corrected in public. Every test logs in as a real role account."""

import html
import json
import re
import time
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from audit.models import AuditEntry
from elections.models import ResultReport, TurnoutReport

from .factories import add_turnout_figures, make_staff
from .test_elections_figures import at, errors_of, make_candidates, make_election, make_results, regions, turnout_form
from .test_publish_rule import change_url, results_change_form

pytestmark = pytest.mark.django_db


def staff(role):
    client = Client(headers={"accept-language": "en"})
    client.force_login(make_staff(groups=[role]))
    return client


def hub(election):
    return html.unescape(Client().get(election.get_absolute_url("en")).content.decode())


def results_json(election, client=None):
    return json.loads((client or Client()).get(f"/en/elections/{election.slug}/results.json").content)


def reported(hour):
    return {"reported_at_0": "2025-03-23", "reported_at_1": f"{hour:02d}:00:00"}


# The grid ----------------------------------------------------------------------------------------------


def test_press_staff_enter_turnout_in_a_grid_of_every_region_without_links_to_the_region_records():
    election = make_election()
    by_code = regions()
    client = staff("Press staff")
    page = client.get("/admin/elections/turnoutreport/add/").content.decode()
    for region in by_code.values():
        assert f'name="grid-{region.pk}-registered"' in page and f'name="grid-{region.pk}-ballots_cast"' in page
        assert f'aria-label="{region}: Ballots cast"' in page
    assert not re.search(r"/admin/elections/region/\d+/", page)  # no edit or delete links to Region records
    assert 'name="published"' not in page and 'name="publish_at' not in page  # press staff do not publish
    data = turnout_form(election, [(by_code["AH"], "1000", "286"), (by_code["AG"], "2000", "500")])
    response = client.post("/admin/elections/turnoutreport/add/", data)
    assert response.status_code == 302, errors_of(response)
    report = TurnoutReport.objects.get(election=election)
    assert sorted(report.figures.values_list("region__code", "registered", "ballots_cast")) == [
        ("AG", 2000, 500),
        ("AH", 1000, 286),
    ]
    assert not report.published and report.version == 0


def test_the_results_grid_has_the_protocol_columns_and_sums_that_work_without_javascript():
    election = make_election()
    a, b = make_candidates(election, "Party A", "Party B")
    report = make_results(election, [a, b], {"AH": [600, 400], "MR": [300, 100]}, published=False)
    page = staff("Press staff").get(change_url(report)).content.decode()
    ahal = regions()["AH"]
    for column in ("registered", "ballots_cast", "invalid", f"c{a.pk}", f"c{b.pk}"):
        assert f'name="grid-{ahal.pk}-{column}"' in page
    assert "Party A" in page and "Invalid ballots" in page
    assert "<span data-row-sum>1,000</span>" in page  # Ahal: invalid ballots plus votes
    assert '<span data-column-sum="3">900</span>' in page  # Party A in all regions


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        ({"AH": ("1000", "1001")}, "Ahal region: 1,001 ballots cast, but 1,000 registered voters."),
        ({"AH": ("-5", "0")}, "Ahal region: Registered voters cannot be negative."),
        ({"AH": ("1000", "abc")}, "Ahal region: Ballots cast must be a whole number."),
        ({"AH": ("1000", "")}, "Ahal region: enter every number of the row, or none."),
        ({"LB": ("1000", "500")}, "Lebap region is not part of this election: leave its row empty."),
        ({}, "A published report needs figures: enter at least one region, or do not publish it."),
    ],
)
def test_impossible_turnout_cannot_be_saved_and_the_message_names_the_region_and_the_numbers(cells, message):
    by_code = regions()
    election = make_election()
    election.regions.set([by_code[code] for code in ("AH", "BN", "DZ", "MR", "AG")])  # Lebap does not vote
    rows = [(by_code[code], registered, ballots) for code, (registered, ballots) in cells.items()]
    response = staff("Editors").post("/admin/elections/turnoutreport/add/", turnout_form(election, rows))
    assert response.status_code == 200
    assert message in errors_of(response)
    assert not TurnoutReport.objects.exists()
    for _region, registered, _ballots in rows:
        assert f'value="{registered}"' in response.content.decode()  # what was typed is kept


def test_results_with_more_votes_than_ballots_are_refused_naming_the_region_and_the_numbers():
    election = make_election()
    a, b = make_candidates(election, "A", "B")
    report = make_results(election, [a, b], {"AH": [30000, 30000]}, published=False)
    ahal = regions()["AH"].pk
    data = results_change_form(report, {("AH", "A"): 50243}, **{f"grid-{ahal}-ballots_cast": "61000"})
    response = staff("Press staff").post(change_url(report), data)
    assert response.status_code == 200
    assert "Ahal region: 80,243 votes for candidates and 0 invalid ballots, but 61,000 ballots cast." in errors_of(
        response
    )
    assert report.figures.get(candidate=a).votes == 30000


def test_preliminary_results_cannot_follow_the_final_ones():
    election = make_election()
    candidates = make_candidates(election, "A", "B")
    make_results(election, candidates, {"AH": [60, 40]}, stage="final", reported_at=at(election, 30))
    late = make_results(election, candidates, {"AH": [60, 40]}, stage="preliminary", published=False,
                        reported_at=at(election, 20))  # fmt: skip
    data = results_change_form(late, reported_at_0="2025-03-24", reported_at_1="12:00:00")  # after the final
    response = staff("Press staff").post(change_url(late), data)
    assert "preliminary results cannot come after them" in errors_of(response)


# Warnings: confirmed explicitly, with the reason recorded -----------------------------------------------


def warned(response):
    assert response.status_code == 200
    body = response.content.decode()
    token = body.split('name="confirm_warnings" id="id_confirm_warnings" value="', 1)[1].split('"', 1)[0]
    return body, token


@pytest.mark.parametrize(
    ("earlier", "typed", "when", "warning"),
    [
        ({"AH": (1000, 600)}, ("1000", "550"), reported(14), "Ahal region: 550 ballots cast at"),
        ({"AH": (1000, 300)}, ("1100", "400"), reported(14), "Ahal region: 1,100 registered voters, 10.0% different"),
        (None, ("1000", "300"), {"reported_at_0": "2024-11-02", "reported_at_1": "10:00:00"}, "is not on polling day"),
        (None, ("1000", "995"), reported(18), "Ahal region: a turnout of 99.50% (995 of 1,000 registered voters)."),
    ],
)
def test_suspicious_turnout_is_published_only_once_an_editor_confirms_it_with_a_reason(earlier, typed, when, warning):
    election = make_election()
    ahal = regions()["AH"]
    if earlier:
        report = TurnoutReport.objects.create(election=election, reported_at=at(election, 12), published=True)
        add_turnout_figures(report, earlier)
    editor = staff("Editors")
    data = turnout_form(election, [(ahal, *typed)], **when)
    body, token = warned(editor.post("/admin/elections/turnoutreport/add/", data))
    assert warning in body and "Check the warnings below" in errors_of_text(body)
    assert TurnoutReport.objects.count() == (1 if earlier else 0)
    refused = editor.post("/admin/elections/turnoutreport/add/", {**data, "confirm_warnings": token})
    assert refused.status_code == 200  # ticked, but no reason given
    reason = "Checked with the precinct commission by telephone."
    saved = editor.post(
        "/admin/elections/turnoutreport/add/", {**data, "confirm_warnings": token, "warnings_reason": reason}
    )
    assert saved.status_code == 302, errors_of(saved)
    entry = AuditEntry.objects.filter(action="figures_published").latest("sequence")
    assert entry.details["warnings_confirmed_because"] == reason
    assert any(warning in text for text in entry.details["warnings"])


def errors_of_text(body):
    class Fake:
        content = body.encode()

    return errors_of(Fake)


def test_a_confirmation_holds_only_for_the_warnings_it_was_given_for():
    election = make_election()
    ahal = regions()["AH"]
    editor = staff("Editors")
    first = turnout_form(election, [(ahal, "1000", "995")], **reported(18))
    _body, token = warned(editor.post("/admin/elections/turnoutreport/add/", first))
    changed = turnout_form(election, [(ahal, "1000", "999")], **reported(18), confirm_warnings=token,
                           warnings_reason="Fine")  # fmt: skip
    body, _token = warned(editor.post("/admin/elections/turnoutreport/add/", changed))
    assert "99.90%" in body and not TurnoutReport.objects.exists()


# Corrections in public ----------------------------------------------------------------------------------


def public_final(election):
    a, b = make_candidates(election, "Party A", "Party B")
    return make_results(election, [a, b], {"AH": [600, 400], "MR": [300, 100]})


def test_a_change_to_public_figures_is_a_correction_with_a_reason_shown_on_the_hub():
    election = make_election(slug="mejlis-2025")
    report = public_final(election)
    editor = staff("Editors")
    refused = editor.post(change_url(report), results_change_form(report, {("AH", "Party A"): 640}))
    assert "changing them is a correction" in errors_of(refused)
    reason = "Ahal's protocol No. 12 was entered twice; recounted by the regional commission."
    saved = editor.post(
        change_url(report), results_change_form(report, {("AH", "Party A"): 640}, correction_reason_en=reason)
    )
    assert saved.status_code == 302, errors_of(saved)
    report.refresh_from_db()
    assert report.version == 2 and report.corrected_at is not None
    page = hub(election)
    assert "Corrected on" in page and reason in page and "Ahal region" in page
    assert f"/en/elections/mejlis-2025/results/{report.pk}/v1.json" in page  # the earlier figures, a click away
    data = results_json(election)["results"]
    assert data["version"] == 2 and data["corrected_at"] and data["published_at"]
    assert data["corrections"] == [
        {"version": 2, "corrected_at": data["corrected_at"], "reason": reason, "region_codes": ["AH"]}
    ]
    assert [v["version"] for v in data["versions"]] == [1, 2]
    earlier = json.loads(Client().get(f"/en/elections/mejlis-2025/results/{report.pk}/v1.json").content)
    ahal = next(r for r in earlier["results"]["regions"] if r["region_code"] == "AH")
    assert [c["votes"] for c in ahal["candidates"]] == [600, 400]
    assert earlier["results"]["version"] == 1 and earlier["results"]["corrected_at"] is None
    csv_v1 = Client().get(f"/en/elections/mejlis-2025/results/{report.pk}/v1.csv").content.decode()
    assert ",600," in csv_v1 and ",640," not in csv_v1
    assert Client().get(f"/en/elections/mejlis-2025/results/{report.pk}/v3.json").status_code == 404


def test_unchanged_figures_saved_again_make_no_new_version():
    election = make_election()
    report = public_final(election)
    response = staff("Editors").post(change_url(report), results_change_form(report))
    assert response.status_code == 302, errors_of(response)
    report.refresh_from_db()
    assert report.version == 1 and report.corrected_at is None


# Staged release -----------------------------------------------------------------------------------------


def test_a_report_scheduled_for_a_moment_appears_by_itself_then_on_the_hub_and_the_downloads(settings):
    settings.PAGE_CACHE_SECONDS = 300
    election = make_election(slug="scheduled-2025")
    candidates = make_candidates(election, "Party A", "Party B")
    report = make_results(election, candidates, {"AH": [600, 400]}, published=False)
    soon = timezone.localtime(timezone.now() + timedelta(seconds=2))
    data = results_change_form(report, published="on", publish_at_0=soon.strftime("%Y-%m-%d"),
                               publish_at_1=soon.strftime("%H:%M:%S"))  # fmt: skip
    response = staff("Editors").post(change_url(report), data)
    assert response.status_code == 302, errors_of(response)
    assert AuditEntry.objects.filter(action="scheduled").exists()
    reader = Client()
    assert "Party A" not in reader.get(election.get_absolute_url("en")).content.decode()
    assert results_json(election, reader)["results"] is None
    time.sleep(max(0.0, (soon - timezone.now()).total_seconds()) + 1.2)
    assert "Party A" in reader.get(election.get_absolute_url("en")).content.decode()
    assert results_json(election, reader)["results"]["total"][0]["votes"] == 600


def test_the_preview_shows_the_public_table_exactly_as_it_will_be_published():
    election = make_election(slug="preview-2025")
    report = make_results(election, make_candidates(election, "Party A", "Party B"), {"AH": [600, 400]},
                          published=False)  # fmt: skip
    press = staff("Press staff")
    page = press.get(change_url(report)).content.decode()
    assert f'href="/admin/elections/resultreport/{report.pk}/preview/"' in page
    preview = press.get(f"/admin/elections/resultreport/{report.pk}/preview/")
    assert preview.status_code == 200 and "private" in preview["Cache-Control"]
    assert "Party A" in preview.content.decode() and "Party A" not in hub(election)
    previewed = json.loads(press.get(f"/admin/elections/resultreport/{report.pk}/preview/results.json").content)
    previewed_csv = press.get(f"/admin/elections/resultreport/{report.pk}/preview/results.csv").content.decode()
    assert Client().get(f"/admin/elections/resultreport/{report.pk}/preview/").status_code == 302  # staff only
    staff("Editors").post(change_url(report), results_change_form(report, published="on"))
    published = results_json(election)
    moments = ("version", "published_at", "versions")
    assert {k: v for k, v in published["results"].items() if k not in moments} == {
        k: v for k, v in previewed["results"].items() if k not in moments
    }
    public_csv = Client().get("/en/elections/preview-2025/results.csv").content.decode()
    assert [line.split(",")[5:] for line in public_csv.splitlines()] == [
        line.split(",")[5:] for line in previewed_csv.splitlines()
    ]
    assert ResultReport.objects.get().version == 1


def test_scheduled_turnout_appears_by_itself_in_the_home_pages_what_is_next_block(settings):
    settings.PAGE_CACHE_SECONDS = 300
    election = make_election(polling_day=timezone.localdate(), status="polling")
    report = TurnoutReport.objects.create(election=election, reported_at=timezone.now(), published=False)
    add_turnout_figures(report, {"AH": (1000, 420)})
    soon = timezone.localtime(timezone.now() + timedelta(seconds=2))
    data = {
        "election": election.pk,
        "reported_at_0": timezone.localtime(report.reported_at).strftime("%Y-%m-%d"),
        "reported_at_1": timezone.localtime(report.reported_at).strftime("%H:%M:%S"),
        "published": "on",
        "publish_at_0": soon.strftime("%Y-%m-%d"),
        "publish_at_1": soon.strftime("%H:%M:%S"),
        f"grid-{regions()['AH'].pk}-registered": "1000",
        f"grid-{regions()['AH'].pk}-ballots_cast": "420",
    }
    response = staff("Editors").post(change_url(report), data)
    assert response.status_code == 302, errors_of(response)
    reader = Client()
    home = reader.get("/en/").content.decode()
    assert "What is next" in home and "42.00 %" not in home
    time.sleep(max(0.0, (soon - timezone.now()).total_seconds()) + 1.2)
    assert "42.00 %" in reader.get("/en/").content.decode()


def test_a_reason_given_in_one_language_is_shown_in_all_and_a_restore_waits_for_an_editors_save():
    election = make_election(slug="restored-2025")
    report = public_final(election)
    editor = staff("Editors")
    reason = "Ahal welaýatynyň beýannamasy täzeden sanaldy."
    data = results_change_form(report, {("AH", "Party A"): 640}, correction_reason_tk=reason)
    assert editor.post(change_url(report), data).status_code == 302
    assert reason in hub(election)  # no English reason given: the Turkmen one
    assert results_json(election)["results"]["corrections"][0]["reason"] == reason
    from history.models import Revision

    first = Revision.objects.for_object(report).last()
    assert editor.post(change_url(report, f"versions/{first.pk}/restore/")).status_code == 302
    page = html.unescape(editor.get(change_url(report)).content.decode())
    assert "differ from the public ones" in page
    assert results_json(election)["results"]["total"][0]["votes"] == 940  # the public keeps the released figures


# What the review of the first version found ----------------------------------------------------------


def test_results_cannot_be_published_before_their_grid_exists_nor_after_the_final_ones():
    election = make_election()
    make_results(election, make_candidates(election, "A", "B"), {"AH": [60, 40]}, stage="final")
    editor = staff("Editors")
    data = {"election": election.pk, "stage": "final", "reported_at_0": "2025-03-24", "reported_at_1": "12:00:00"}
    refused = editor.post("/admin/elections/resultreport/add/", {**data, "published": "on"})
    assert "Save the report without publishing it first" in errors_of(refused)
    late = {**data, "stage": "preliminary", "reported_at_0": "2025-03-25"}
    assert "preliminary results cannot come after them" in errors_of(
        editor.post("/admin/elections/resultreport/add/", late)
    )
    assert ResultReport.objects.count() == 1


def test_results_dated_outside_the_counting_period_need_a_confirmation():
    election = make_election()
    report = make_results(election, make_candidates(election, "A", "B"), {"AH": [60, 40]}, published=False)
    data = results_change_form(report, published="on", reported_at_0="2025-05-01")
    body, token = warned(staff("Editors").post(change_url(report), data))
    assert "outside polling day and the counting period" in body


def test_a_number_larger_than_any_region_has_is_refused_not_a_server_error():
    election = make_election()
    ahal = regions()["AH"]
    response = staff("Editors").post(
        "/admin/elections/turnoutreport/add/", turnout_form(election, [(ahal, "100000000000000000000", "5")])
    )
    assert response.status_code == 200
    assert "Ahal region: Registered voters is more than any region has." in html.unescape(response.content.decode())


def test_a_report_stays_with_its_election_once_saved():
    election, other = make_election(), make_election()
    report = make_results(election, make_candidates(election, "A", "B"), {"AH": [60, 40]}, published=False)
    editor = staff("Editors")
    assert 'name="election"' not in editor.get(change_url(report)).content.decode()
    response = editor.post(change_url(report), results_change_form(report, election=other.pk))
    assert response.status_code == 302, errors_of(response)
    report.refresh_from_db()
    assert report.election == election


def test_public_figures_are_never_deleted_and_their_versions_outlive_taking_them_off_the_site():
    election = make_election(slug="withdrawn-2025")
    report = public_final(election)
    editor = staff("Editors")
    corrected = results_change_form(report, {("AH", "Party A"): 640}, correction_reason_en="Recount")
    assert editor.post(change_url(report), corrected).status_code == 302
    assert editor.post(change_url(report, "delete/"), {"post": "yes"}).status_code == 403
    report.refresh_from_db()
    withdrawn = results_change_form(report)
    del withdrawn["published"]
    assert editor.post(change_url(report), withdrawn).status_code == 302
    assert results_json(election)["results"] is None
    for number in (1, 2):
        assert Client().get(f"/en/elections/withdrawn-2025/results/{report.pk}/v{number}.json").status_code == 200


def test_the_turnout_preview_matches_what_is_then_published():
    election = make_election(slug="turnout-preview")
    report = TurnoutReport.objects.create(election=election, reported_at=at(election, 12), published=False)
    add_turnout_figures(report, {"AH": (1000, 420), "MR": (2000, 700)})
    press = staff("Press staff")
    base = f"/admin/elections/turnoutreport/{report.pk}/preview/"
    page = press.get(base).content.decode()
    assert f'href="{base}turnout.csv"' in page and f'href="{base}turnout.json"' in page  # its own downloads
    previewed = json.loads(press.get(f"{base}turnout.json").content)["reports"]
    data = turnout_form(election, [(regions()["AH"], "1000", "420"), (regions()["MR"], "2000", "700")],
                        **reported(12))  # fmt: skip
    assert staff("Editors").post(change_url(report), data).status_code == 302
    published = json.loads(Client().get("/en/elections/turnout-preview/turnout.json").content)["reports"]
    moments = ("version", "published_at", "versions")
    assert [{k: v for k, v in r.items() if k not in moments} for r in published] == [
        {k: v for k, v in r.items() if k not in moments} for r in previewed
    ]


def test_press_staff_cannot_schedule_or_reschedule_figures():
    election = make_election()
    report = make_results(election, make_candidates(election, "A", "B"), {"AH": [60, 40]}, published=False)
    later = {"publish_at_0": "2030-01-01", "publish_at_1": "20:00:00"}
    press = staff("Press staff")
    assert press.post(change_url(report), results_change_form(report, published="on", **later)).status_code == 302
    report.refresh_from_db()
    assert not report.published and report.publish_at is None and report.version == 0


def test_a_ticked_confirmation_without_a_reason_says_what_is_missing():
    election = make_election()
    editor = staff("Editors")
    data = turnout_form(election, [(regions()["AH"], "1000", "995")], **reported(18))
    _body, token = warned(editor.post("/admin/elections/turnoutreport/add/", data))
    body = editor.post("/admin/elections/turnoutreport/add/", {**data, "confirm_warnings": token}).content.decode()
    assert "Say why the figures are right" in html.unescape(body) and 'aria-invalid="true"' in body


def test_a_correction_of_the_time_alone_says_so_without_an_empty_list_of_regions():
    election = make_election(slug="retimed-2025")
    report = public_final(election)
    data = results_change_form(report, reported_at_1="07:00:00", correction_reason_en="The time was misread.")
    assert staff("Editors").post(change_url(report), data).status_code == 302
    page = hub(election)
    assert "; reason: The time was misread." in page and ": ; reason" not in page
