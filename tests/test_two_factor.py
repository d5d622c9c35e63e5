"""Two-factor log-in staff can live with: one submission, self-enrolment with backup codes, what site
administrators see of devices, unlocking a locked-out user name, and the admin's names for it all."""

from base64 import b32encode

import pytest
from axes.models import AccessAttempt
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect
from django.contrib.auth.models import User
from django.test import Client, RequestFactory
from django.utils import translation
from django.utils.text import capfirst
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.admin import StaffTOTPDeviceAdmin
from accounts.models import StaffProfile
from accounts.signals import login_unlocked, two_factor_enrolled
from news.models import Article

from .factories import make_article, make_staff

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


@pytest.fixture
def two_factor(settings):
    settings.ADMIN_REQUIRE_2FA = True


def english():
    return Client(headers={"accept-language": "en"})


def log_in(client, username, code=None, ip="10.0.0.1", **extra):
    data = {"username": username, "password": PASSWORD, **extra}
    if code is not None:
        data["otp_token"] = code
    return client.post("/admin/login/?next=/admin/", data, REMOTE_ADDR=ip)


def app(user, name="Phone"):
    return TOTPDevice.objects.create(user=user, name=name, confirmed=True)


def code_of(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):0{device.digits}d}"


def backup_codes(user, *codes):
    device = StaticDevice.objects.create(user=user, name="Backup codes", confirmed=True)
    for code in codes:
        device.token_set.create(token=code)
    return device


def administrator_client():
    client = english()
    client.force_login(make_staff(username="administrator", groups=["Site administrators"]))
    return client


# Log-in in one submission ----------------------------------------------------------------------


def test_one_submission_logs_in_a_user_with_one_device(two_factor):
    reporter = make_staff(username="reporter", groups=["Press staff"])
    device = app(reporter)
    client = english()
    response = log_in(client, "reporter", code_of(device))
    assert response.status_code == 302 and response.url == "/admin/"
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/news/article/").status_code == 200


def test_app_code_logs_in_a_user_with_an_app_and_backup_codes(two_factor):
    editor = make_staff(username="editor", groups=["Editors"])
    device = app(editor)
    backup_codes(editor, "abcd2345")
    client = english()
    assert log_in(client, "editor", code_of(device)).status_code == 302
    assert client.get("/admin/").status_code == 200
    assert StaticToken.objects.filter(token="abcd2345").exists()  # the backup code was not touched


def test_backup_code_logs_in_once(two_factor):
    editor = make_staff(username="editor", groups=["Editors"])
    app(editor)
    backup_codes(editor, "abcd2345", "wxyz6789")
    client = english()
    assert log_in(client, "editor", "ABCD 2345").status_code == 302  # as printed, typed in capitals
    assert client.get("/admin/").status_code == 200
    again = log_in(english(), "editor", "abcd2345", ip="10.0.0.2")
    assert again.status_code == 200 and "That code is not right" in again.content.decode()
    assert list(StaticToken.objects.values_list("token", flat=True)) == ["wxyz6789"]


def test_a_wrong_code_is_refused_and_the_password_need_not_be_typed_again(two_factor):
    reporter = make_staff(username="reporter", groups=["Press staff"])
    device = app(reporter)
    client = english()
    wrong = f"{(int(code_of(device)) + 1) % 1_000_000:06d}"
    response = log_in(client, "reporter", wrong)
    body = response.content.decode()
    assert response.status_code == 200 and "That code is not right" in body
    assert f'value="{PASSWORD}"' in body
    assert "Please select a device" not in body
    assert client.get("/admin/").status_code == 302


def test_missing_code_is_asked_for(two_factor):
    app(make_staff(username="reporter", groups=["Press staff"]))
    response = log_in(english(), "reporter", "")
    assert response.status_code == 200
    assert "Enter the code from your authenticator app" in response.content.decode()


def test_a_user_with_two_apps_is_asked_which_one_made_the_code(two_factor):
    editor = make_staff(username="editor", groups=["Editors"])
    app(editor, "Phone")
    tablet = app(editor, "Tablet")
    client = english()
    first = log_in(client, "editor", code_of(tablet))
    body = first.content.decode()
    assert first.status_code == 200 and "choose the one that made this code" in body
    assert 'name="otp_device"' in body and ">Tablet</option>" in body
    assert log_in(client, "editor", code_of(tablet), otp_device=tablet.persistent_id).status_code == 302


def test_the_log_in_form_shows_no_device_choice_at_first(two_factor):
    body = english().get("/admin/login/").content.decode()
    assert 'name="otp_token"' in body and 'name="otp_device"' not in body
    assert 'autocomplete="one-time-code"' in body


# Self-enrolment -------------------------------------------------------------------------------


def start_enrolment(client, username):
    response = log_in(client, username)
    assert response.status_code == 302
    assert response.url == "/admin/two-factor/?next=%2Fadmin%2F"
    return client.get(response.url)


def test_a_user_without_a_device_is_led_to_enrolment_and_the_admin_stays_closed(two_factor):
    make_staff(username="reporter", groups=["Press staff"])
    draft = make_article(status=Article.Status.DRAFT)
    client = english()
    page = start_enrolment(client, "reporter")
    assert page.status_code == 200
    body = page.content.decode()
    assert 'src="/admin/two-factor/qr-code.svg"' in body and 'action="/admin/two-factor/log-out/"' in body
    assert "/admin/news/article/" not in body  # no menus into the closed admin
    for closed in ("/admin/", "/admin/news/article/", "/admin/news/article/add/", "/admin/account/"):
        response = client.get(closed)
        assert response.status_code == 302 and response.url.startswith("/admin/login/"), closed
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get("/admin/login/").url.startswith("/admin/two-factor/")  # back to enrolment
    assert client.post("/admin/language/", {"language": "ru"}).status_code == 302
    assert StaffProfile.objects.filter(user__username="reporter", language="ru").count() == 0


def test_enrolment_scans_confirms_and_shows_ten_backup_codes_once(two_factor, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # the right code follows the wrong one without the usual second's wait
    reporter = make_staff(username="reporter", groups=["Press staff"])
    enrolled = []
    two_factor_enrolled.connect(lambda sender, user, **kwargs: enrolled.append(user), weak=False, dispatch_uid="t")
    client = english()
    page = start_enrolment(client, "reporter")
    device = TOTPDevice.objects.get(user=reporter, confirmed=False)
    key = b32encode(device.bin_key).decode().rstrip("=")
    assert " ".join(key[i : i + 4] for i in range(0, len(key), 4)) in page.content.decode()
    qr = client.get("/admin/two-factor/qr-code.svg")
    assert qr.status_code == 200 and qr["Content-Type"] == "image/svg+xml" and b"<svg" in qr.content
    assert "no-store" in qr["Cache-Control"]
    assert client.get("/admin/two-factor/qr-code.svg").content == qr.content  # the same device, not a new one

    wrong = client.post("/admin/two-factor/?next=%2Fadmin%2F", {"code": "000000", "next": "/admin/"})
    assert wrong.status_code == 200 and "That code is not right" in wrong.content.decode()
    assert client.get("/admin/").status_code == 302

    response = client.post("/admin/two-factor/", {"code": code_of(device), "next": "/admin/news/article/"})
    assert response.status_code == 302 and response.url.startswith("/admin/two-factor/backup-codes/")
    device.refresh_from_db()
    assert device.confirmed
    assert enrolled == [reporter]
    two_factor_enrolled.disconnect(dispatch_uid="t")

    codes = set(StaticToken.objects.filter(device__user=reporter).values_list("token", flat=True))
    assert len(codes) == 10
    shown = client.get(response.url)
    body = shown.content.decode()
    assert all(f"<code>{code[:4]} {code[4:]}</code>" in body for code in codes)  # in two groups, to read out
    assert 'href="/admin/news/article/"' in body  # continue to where the log-in was going
    assert "no-store" in shown["Cache-Control"]
    again = client.get(response.url).content.decode()
    assert not any(code in again for code in codes) and "shown only once" in again

    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/news/article/").status_code == 200
    assert client.get("/admin/two-factor/qr-code.svg").status_code == 302  # the secret is not shown again
    assert log_in(english(), "reporter", code_of(device), ip="10.0.0.2").status_code == 200  # a code works once
    assert log_in(english(), "reporter", codes.pop(), ip="10.0.0.3").status_code == 302


def test_enrolment_is_closed_to_a_session_without_the_code_of_an_existing_device(two_factor):
    reporter = make_staff(username="reporter", groups=["Press staff"])
    app(reporter)
    client = english()
    client.force_login(reporter)  # the password only
    for url in ("/admin/two-factor/", "/admin/two-factor/qr-code.svg", "/admin/two-factor/backup-codes/"):
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith("/admin/login/"), url
    assert client.post("/admin/two-factor/backup-codes/new/").status_code == 302
    assert TOTPDevice.objects.filter(user=reporter).count() == 1
    assert not StaticDevice.objects.filter(user=reporter).exists()


def test_a_session_waiting_for_enrolment_can_log_out(two_factor):
    make_staff(username="reporter", groups=["Press staff"])
    client = english()
    start_enrolment(client, "reporter")
    response = client.post("/admin/two-factor/log-out/")
    assert response.status_code == 302 and response.url == "/admin/login/"
    assert client.get("/admin/two-factor/").url.startswith("/admin/login/")


def test_without_two_factor_required_enrolment_is_optional_from_my_account(settings):
    settings.ADMIN_REQUIRE_2FA = False
    make_staff(username="reporter", groups=["Press staff"])
    client = english()
    assert log_in(client, "reporter").status_code == 302
    assert client.get("/admin/").status_code == 200
    account = client.get("/admin/account/").content.decode()
    assert 'href="/admin/two-factor/"' in account and "No authenticator app is set up" in account
    client.get("/admin/two-factor/")
    device = TOTPDevice.objects.get(user__username="reporter")
    response = client.post("/admin/two-factor/", {"code": code_of(device)})
    assert response.status_code == 302
    assert len(client.get(response.url).context["codes"]) == 10
    account = client.get("/admin/account/").content.decode()
    assert "An authenticator app is set up" in account and "10 unused backup codes" in account
    renewed = client.post("/admin/two-factor/backup-codes/new/")
    assert renewed.status_code == 302
    new_codes = client.get(renewed.url).context["codes"]
    assert set(new_codes) == set(StaticToken.objects.values_list("token", flat=True)) and len(new_codes) == 10
    assert client.get("/admin/two-factor/").url == "/admin/account/"  # one app is enough


# What site administrators see of devices ------------------------------------------------------


def test_site_administrator_sees_neither_key_nor_qr_code_of_anyone_and_removes_the_device(two_factor):
    reporter = make_staff(username="reporter", groups=["Press staff"])
    device = app(reporter)
    backup_codes(reporter, "abcd2345")
    client = english()
    administrator = make_staff(username="administrator", groups=["Site administrators"])
    own = app(administrator)
    assert log_in(client, "administrator", code_of(own)).status_code == 302
    secret = b32encode(device.bin_key).decode().rstrip("=")
    listing = client.get("/admin/otp_totp/totpdevice/").content.decode()
    assert f"/{device.pk}/change/" in listing and "/config/" not in listing and "qrcode" not in listing.lower()
    page = client.get(f"/admin/otp_totp/totpdevice/{device.pk}/change/").content.decode()
    assert device.key not in page and secret not in page and "otpauth" not in page
    assert 'name="key"' not in page
    assert client.get(f"/admin/otp_totp/totpdevice/{device.pk}/config/").status_code == 403
    assert client.get(f"/admin/otp_totp/totpdevice/{device.pk}/qrcode/").status_code == 403
    assert client.get(f"/admin/otp_totp/totpdevice/{own.pk}/config/").status_code == 403  # nor their own
    static = StaticDevice.objects.get(user=reporter)
    assert "abcd2345" not in client.get(f"/admin/otp_static/staticdevice/{static.pk}/change/").content.decode()
    assert client.get("/admin/otp_totp/totpdevice/add/").status_code == 403
    assert client.get("/admin/otp_static/staticdevice/add/").status_code == 403
    response = client.post(f"/admin/otp_totp/totpdevice/{device.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302 and not TOTPDevice.objects.filter(pk=device.pk).exists()
    assert client.post(f"/admin/otp_static/staticdevice/{static.pk}/delete/", {"post": "yes"}).status_code == 302
    assert not StaticDevice.objects.filter(pk=static.pk).exists()
    # With its device removed, the user sets up a new one at their next log-in.
    assert log_in(english(), "reporter", ip="10.0.0.2").url.startswith("/admin/two-factor/")


def test_the_user_of_a_device_is_chosen_by_name():
    make_staff(username="o.orazowa", first_name="Ogulgerek", last_name="Orazowa", groups=["Press staff"])
    client = administrator_client()
    request = RequestFactory().get("/admin/otp_totp/totpdevice/add/")
    request.user = User.objects.get(username="administrator")
    form = StaffTOTPDeviceAdmin(TOTPDevice, admin.site).get_form(request)()
    assert isinstance(form.fields["user"].widget.widget, AutocompleteSelect)  # not a raw id box
    found = client.get(
        "/admin/autocomplete/",
        {"term": "Orazowa", "app_label": "otp_totp", "model_name": "totpdevice", "field_name": "user"},
    ).json()
    assert [result["text"] for result in found["results"]] == ["o.orazowa"]


# Unlocking a locked-out user name -------------------------------------------------------------


def lock_out(username, settings, ip="198.51.100.1"):
    attacker = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attacker.post("/admin/login/", {"username": username, "password": "wrong"}, REMOTE_ADDR=ip)
    assert (
        attacker.post("/admin/login/", {"username": username, "password": PASSWORD}, REMOTE_ADDR=ip).status_code == 429
    )


def test_unlock_clears_the_lockout_and_the_user_logs_in_again(settings):
    reporter = make_staff(username="reporter", groups=["Press staff"])
    lock_out("reporter", settings)
    unlocked = []
    login_unlocked.connect(lambda sender, user, **kwargs: unlocked.append(user), weak=False, dispatch_uid="t")
    client = administrator_client()
    page = client.get(f"/admin/auth/user/{reporter.pk}/change/").content.decode()
    unlock_url = f"/admin/auth/user/{reporter.pk}/unlock/"
    assert f'href="{unlock_url}"' in page and "This user name is locked out after 6 failed log-ins" in page
    confirm = client.get(unlock_url).content.decode()
    assert "198.51.100.1" in confirm and 'type="submit"' in confirm
    response = client.post(unlock_url)
    assert response.status_code == 302 and response.url == f"/admin/auth/user/{reporter.pk}/change/"
    login_unlocked.disconnect(dispatch_uid="t")
    assert unlocked == [reporter]
    assert not AccessAttempt.objects.filter(username="reporter").exists()
    assert "can log in again" in client.get(response.url).content.decode()
    assert log_in(Client(), "reporter", ip="198.51.100.1").status_code == 302
    assert f'href="{unlock_url}"' not in client.get(f"/admin/auth/user/{reporter.pk}/change/").content.decode()


def test_only_site_administrators_unlock(settings):
    reporter = make_staff(username="reporter", groups=["Press staff"])
    lock_out("reporter", settings)
    editor = make_staff(username="editor", groups=["Editors"])
    client = english()
    client.force_login(editor)
    assert client.post(f"/admin/auth/user/{reporter.pk}/unlock/").status_code == 403
    assert AccessAttempt.objects.filter(username="reporter").exists()


def test_a_site_administrator_cannot_unlock_a_superuser(settings):
    root = User.objects.create_superuser("root", "root@example.org", PASSWORD)
    lock_out("root", settings)
    client = administrator_client()
    assert "/unlock/" not in client.get(f"/admin/auth/user/{root.pk}/change/").content.decode()
    assert client.post(f"/admin/auth/user/{root.pk}/unlock/").status_code == 403
    assert AccessAttempt.objects.filter(username="root").exists()


def test_access_attempts_list_shows_user_address_time_and_count(settings):
    make_staff(username="reporter", groups=["Press staff"])
    Client(headers={"user-agent": "Mozilla/5.0 (X11; Secret-Agent 42)"}).post(
        "/admin/login/", {"username": "reporter", "password": "wrong"}, REMOTE_ADDR="198.51.100.9"
    )
    response = administrator_client().get("/admin/axes/accessattempt/")
    headers = [str(column["text"]) for column in response.context["result_headers"]][1:]  # after the checkbox
    assert headers == ["Username", "IP Address", "Attempt Time", "Failed Logins", "Locked out"]
    body = response.content.decode()
    assert "reporter" in body and "198.51.100.9" in body
    assert "Secret-Agent" not in body


# The admin's names, in the staff member's language --------------------------------------------


@pytest.mark.parametrize("language", ["tk", "ru"])
def test_two_factor_and_lockout_apps_are_named_in_the_staff_language(language, two_factor):
    administrator = make_staff(username="administrator", groups=["Site administrators"])
    StaffProfile.objects.create(user=administrator, language=language)
    client = Client()
    assert log_in(client, "administrator", code_of(app(administrator))).status_code == 302
    body = client.get("/admin/").content.decode()
    for raw in ("Axes", "AXES", "Otp_Totp", "OTP_TOTP", "Otp_Static", "OTP_STATIC", "TOTP device", "Static device"):
        assert raw not in body
    with translation.override(language):
        names = [
            translation.gettext("Log-in lockouts"),
            translation.gettext("Two-factor: authenticator apps"),
            translation.gettext("Two-factor: backup codes"),
            *(capfirst(translation.gettext(name)) for name in ("failed log-in counts", "authenticator apps")),
            capfirst(translation.gettext("sets of backup codes")),
        ]
    for name in names:
        assert name in body
