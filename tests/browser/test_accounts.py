"""A site administrator gives a new press officer an account that works."""

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import expect

from tests.factories import make_staff

from .conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

NEW_PASSWORD = "Ballot-box 2026 / spring"


def test_administrator_creates_a_press_staff_account_that_can_log_in(browsing):
    make_staff(groups=["Site administrators"], username="ogulgerek.admin")
    page = browsing.page()
    log_in(page, "ogulgerek.admin")

    page.get_by_role("link", name="Users").first.click()
    page.get_by_role("link", name="Add user").click()
    page.get_by_label("Username:").fill("jeren.press")
    page.get_by_label("Password:", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("Password confirmation:").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")

    page.get_by_label("Staff status").check()
    page.locator("#id_groups_from").select_option(label="Press staff")
    page.get_by_role("button", name="Choose selected groups").click()
    expect(page.locator("#id_groups_to option")).to_have_text(["Press staff"])
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    user = User.objects.get(username="jeren.press")
    assert user.is_staff and not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == ["Press staff"]

    newcomer = browsing.page()
    log_in(newcomer, "jeren.press", NEW_PASSWORD)
    expect(newcomer.get_by_role("link", name="Articles")).to_be_visible()
    expect(newcomer.get_by_role("link", name="Users")).to_have_count(0)
    newcomer.get_by_role("link", name="Articles").click()
    expect(newcomer.get_by_role("link", name="Add article")).to_be_visible()
