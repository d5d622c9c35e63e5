"""Election night in a browser: an editor enters results in the protocol grid, and a reader who turns
on the automatic update sees a correction arrive in the table without reloading."""

import re

import pytest
from playwright.sync_api import expect

from elections.models import ResultFigure
from elections.release import release
from tests.factories import make_staff
from tests.test_elections_figures import make_candidates, make_election, make_results, regions

from .conftest import axe_violations, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_an_editor_enters_results_in_the_grid_and_the_sums_follow_the_typing(browsing):
    election = make_election(status="counting")
    a, b = make_candidates(election, "Party A", "Party B")
    report = make_results(election, [a, b], {"AH": [600, 400]}, published=False)
    ahal, mary = regions()["AH"], regions()["MR"]
    page = browsing.page(user=make_staff(groups=["Editors"]))
    page.goto(f"/admin/elections/resultreport/{report.pk}/change/")
    row = page.locator("tbody tr", has=page.get_by_role("rowheader", name="Mary region"))
    expect(page.locator("[data-column-sum='3']")).to_have_text("600")
    page.get_by_label("Mary region: Registered voters").fill("5000")
    page.get_by_label("Mary region: Ballots cast").fill("3000")
    page.get_by_label("Mary region: Invalid ballots").fill("20")
    page.get_by_label("Mary region: Party A").fill("1700")
    page.get_by_label("Mary region: Party B").press_sequentially("1500")
    expect(row.locator("[data-row-sum]")).to_have_text("3,220")
    expect(row.locator("[data-row-sum-cell]")).to_have_class(re.compile("figures-grid__sum--over"))
    expect(row.get_by_text("more than the ballots cast")).to_be_attached()  # said, not only shown in colour
    expect(page.locator("[data-column-sum='3']")).to_have_text("2,300")
    page.get_by_label("Mary region: Party B").fill("1200")
    expect(row.locator("[data-row-sum]")).to_have_text("2,920")
    expect(row.locator("[data-row-sum-cell]")).not_to_have_class(re.compile("figures-grid__sum--over"))
    expect(row.get_by_text("more than the ballots cast")).to_be_hidden()
    assert axe_violations(page, "admin-results-grid") == []
    screenshot(page, "admin-results-grid")
    page.get_by_label("Published").check()
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    assert ResultFigure.objects.get(report=report, region=mary, candidate=b).votes == 1200
    assert ResultFigure.objects.get(report=report, region=ahal, candidate=a).votes == 600


def test_the_hub_updates_itself_only_when_the_reader_turns_it_on(browsing):
    election = make_election(status="counting")
    a, b = make_candidates(election, "Party A", "Party B")
    report = make_results(election, [a, b], {"AH": [600, 400], "MR": [300, 100]})
    page = browsing.page()
    page.goto(election.get_absolute_url("en"))
    toggle = page.get_by_label("Update the figures automatically every 30 seconds")
    expect(toggle).to_be_visible()
    expect(toggle).not_to_be_checked()  # off by default (WCAG 2.2.1)
    total_a = page.locator(f"#results-total tr[data-candidate='{a.pk}'] [data-field='votes']")
    expect(total_a).to_have_text("900")
    # A correction arrives while the page is open, and nothing changes until the reader asks for it.
    figure = ResultFigure.objects.get(report=report, region=regions()["AH"], candidate=a)
    figure.votes = 640
    figure.save()
    release(report, reason={"en": "Recount in Ahal"})
    page.wait_for_timeout(1500)
    expect(total_a).to_have_text("900")
    page.locator("#live-update").evaluate("box => box.setAttribute('data-seconds', '1')")  # not 30 s in a test
    toggle.check()
    expect(total_a).to_have_text("940")
    expect(page.locator("#live-status")).to_contain_text("The figures were updated.")
    expect(page.locator("#live-status")).to_contain_text("Correction, reason: Recount in Ahal")
    expect(page.locator("#live-status")).to_have_attribute("aria-live", "polite")
    assert axe_violations(page, "election-hub-live") == []
    screenshot(page, "election-hub-live")
    page.reload()  # the correction as every reader now sees it
    expect(page.locator("#results-corrections")).to_contain_text("Ahal region; reason: Recount in Ahal")
    expect(page.locator("#results-corrections").get_by_role("link", name="CSV")).to_have_attribute(
        "href", f"/en/elections/{election.slug}/results/{report.pk}/v1.csv"
    )
    screenshot(page, "election-hub-corrected")
