"""A site administrator gives a new press officer an account that works."""

import re

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import expect

from tests.factories import make_staff
from tests.mailserver import body_of
from tests.mailserver import smtp_server as smtp_server  # noqa: F401  (a fixture)

from .conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

NEW_PASSWORD = "Ballot-box 2026 / spring"


def test_administrator_creates_a_press_staff_account_that_can_log_in(browsing, smtp_server):
    make_staff(groups=["Site administrators"], username="ogulgerek.admin")
    page = browsing.page()
    log_in(page, "ogulgerek.admin")

    page.get_by_role("link", name="Users").first.click()
    page.get_by_role("link", name="Add user").click()
    page.get_by_label("Username:").fill("jeren.press")
    page.get_by_label("First name:").fill("Jeren")
    page.get_by_label("Last name:").fill("Amanowa")
    page.get_by_label("Email address:").fill("jeren@saylaw.example")
    page.get_by_label("Role:").select_option(label="Press staff")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")

    user = User.objects.get(username="jeren.press")
    assert user.is_staff and user.is_active and not user.is_superuser and not user.has_usable_password()
    assert list(user.groups.values_list("name", flat=True)) == ["Press staff"]

    # The new press officer chooses a password from the e-mailed link, then logs in.
    link = re.search(r"https?://\S+/admin/reset/\S+/", body_of(smtp_server.wait_for(1)[0])).group(0)
    newcomer = browsing.page()
    newcomer.goto(link)
    newcomer.get_by_label("New password:", exact=True).fill(NEW_PASSWORD)
    newcomer.get_by_label("Confirm password:").fill(NEW_PASSWORD)
    newcomer.get_by_role("button", name="Change my password").click()
    expect(newcomer.locator("#content")).to_contain_text("Your password has been set")
    log_in(newcomer, "jeren.press", NEW_PASSWORD)
    expect(newcomer.get_by_role("link", name="Articles")).to_be_visible()
    expect(newcomer.get_by_role("link", name="Users")).to_have_count(0)
    newcomer.get_by_role("link", name="Articles").click()
    expect(newcomer.get_by_role("link", name="Add article")).to_be_visible()
