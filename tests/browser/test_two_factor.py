"""Log-in staff can live with, in a browser: a press officer without a device sets one up right after the
password and prints backup codes; one submission with a code; a site administrator unlocks a colleague."""

import pytest
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from tests.factories import make_staff

from .conftest import PASSWORD, axe_violations, log_in, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def two_factor(settings):
    settings.ADMIN_REQUIRE_2FA = True


def code_of(device):
    return f"{totp(device.bin_key):06d}"


def submit_log_in(page, username, code=""):
    page.goto("/admin/login/?next=/admin/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_label("Code").fill(code)
    page.get_by_role("button", name="Log in").click()


def test_press_officer_sets_up_an_authenticator_app_and_prints_backup_codes(browsing, two_factor):
    make_staff(groups=["Press staff"], username="jeren.press")
    page = browsing.page()
    submit_log_in(page, "jeren.press")
    page.wait_for_url("**/admin/two-factor/**")
    qr = page.get_by_role("img", name="QR code for your authenticator app")
    expect(qr).to_be_visible()
    assert page.evaluate("img => img.naturalWidth > 0", qr.element_handle())
    assert axe_violations(page, "two-factor set-up") == []
    screenshot(page, "two-factor-setup")

    page.goto("/admin/news/article/")  # the admin stays closed until the code is confirmed
    page.wait_for_url("**/admin/two-factor/**")

    device = TOTPDevice.objects.get(user__username="jeren.press", confirmed=False)
    page.get_by_label("Type the code the app shows, to confirm:").fill(code_of(device))
    page.get_by_role("button", name="Confirm").click()
    page.wait_for_url("**/admin/two-factor/backup-codes/**")
    codes = list(StaticToken.objects.filter(device__user__username="jeren.press").values_list("token", flat=True))
    expect(page.locator(".backup-codes__list li")).to_have_count(10)
    for code in codes:
        expect(page.locator(".backup-codes__list")).to_contain_text(f"{code[:4]} {code[4:]}")
    expect(page.get_by_role("button", name="Print")).to_be_visible()  # shown by accounts/print.js
    screenshot(page, "two-factor-backup-codes")
    backup_codes_url = page.url
    page.get_by_role("link", name="I have kept them: continue").click()
    page.wait_for_url("**/admin/news/article/")  # where the press officer was going
    expect(page.get_by_role("link", name="Add article")).to_be_visible()

    page.goto(backup_codes_url)
    expect(page.locator("#content-main")).to_contain_text("shown only once")
    expect(page.locator(".backup-codes__list")).to_have_count(0)

    later = browsing.page()
    submit_log_in(later, "jeren.press", codes[0])
    later.wait_for_url("**/admin/")
    expect(later.get_by_role("link", name="Articles")).to_be_visible()


def test_editor_with_an_app_logs_in_with_one_submission(browsing, two_factor):
    editor = make_staff(groups=["Editors"], username="merdan.editor")
    device = TOTPDevice.objects.create(user=editor, name="Phone", confirmed=True)
    page = browsing.page()
    submit_log_in(page, "merdan.editor", code_of(device))
    page.wait_for_url("**/admin/")
    expect(page.get_by_role("link", name="Articles")).to_be_visible()


def test_site_administrator_unlocks_a_locked_out_colleague(browsing, settings):
    make_staff(groups=["Press staff"], username="aylar.press")
    make_staff(groups=["Site administrators"], username="ogulgerek.admin")
    guesser = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        guesser.post("/admin/login/", {"username": "aylar.press", "password": "wrong"}, REMOTE_ADDR="127.0.0.1")

    locked = browsing.page()
    locked.goto("/admin/login/?next=/admin/")
    locked.get_by_label("Username").fill("aylar.press")
    locked.get_by_label("Password").fill(PASSWORD)
    locked.get_by_role("button", name="Log in").click()
    expect(locked.get_by_role("heading", name="Log-in temporarily locked")).to_be_visible()

    page = browsing.page()
    log_in(page, "ogulgerek.admin")
    page.get_by_role("link", name="Users").first.click()
    page.get_by_role("link", name="aylar.press").click()
    expect(page.locator("#lockout-note")).to_contain_text("locked out")
    page.get_by_role("link", name="Unlock log-in").click()
    page.get_by_role("button", name="Unlock").click()
    expect(page.locator(".messagelist")).to_contain_text("The log-in of aylar.press is unlocked")
    expect(page.get_by_role("link", name="Unlock log-in")).to_have_count(0)

    page.goto("/admin/axes/accessattempt/")
    expect(page.locator("#result_list")).to_have_count(0)  # nothing left to list

    log_in(locked, "aylar.press")
    expect(locked.get_by_role("link", name="Articles")).to_be_visible()
