"""Staff accounts and roles: what a site administrator may do, log-in lockout and verified sessions."""

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from news.models import Article
from pages.models import Page

from .factories import image_upload, make_article, make_page, make_staff

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"
ROLES = ("Press staff", "Editors", "Site administrators")


def administrator_client():
    administrator = make_staff(groups=["Site administrators"])
    client = Client(headers={"accept-language": "en"})
    client.force_login(administrator)
    return client, administrator


def make_superuser():
    return User.objects.create_superuser("root", "root@example.org", PASSWORD)


def user_form(user, **overrides):
    """The change form of a user as the admin shows it to a site administrator, with overrides."""
    data = {
        "username": user.username,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "is_active": "on",
        "is_staff": "on" if user.is_staff else "",
        "groups": list(user.groups.values_list("pk", flat=True)),
        "last_login_0": "",
        "last_login_1": "",
        "date_joined_0": "2026-01-01",
        "date_joined_1": "10:00:00",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value != ""}


def group_pks(*names):
    return list(Group.objects.filter(name__in=names).values_list("pk", flat=True))


# What a site administrator may do -------------------------------------------------------------


def test_site_administrator_cannot_make_themselves_superuser():
    client, administrator = administrator_client()
    response = client.post(f"/admin/auth/user/{administrator.pk}/change/", user_form(administrator, is_superuser="on"))
    assert response.status_code == 302
    administrator.refresh_from_db()
    assert not administrator.is_superuser


def test_site_administrator_cannot_give_anyone_single_permissions():
    client, _administrator = administrator_client()
    reporter = make_staff(username="reporter", groups=["Press staff"])
    publish = Permission.objects.get(codename="publish_article")
    response = client.post(
        f"/admin/auth/user/{reporter.pk}/change/", user_form(reporter, user_permissions=[publish.pk])
    )
    assert response.status_code == 302
    reporter = User.objects.get(pk=reporter.pk)
    assert not reporter.user_permissions.exists()
    assert not reporter.has_perm("news.publish_article")


def test_change_form_shows_a_site_administrator_neither_superuser_nor_single_permissions():
    client, _administrator = administrator_client()
    reporter = make_staff(username="reporter", groups=["Press staff"])
    body = client.get(f"/admin/auth/user/{reporter.pk}/change/").content.decode()
    assert 'name="is_superuser"' not in body and 'name="user_permissions"' not in body
    assert 'name="groups"' in body


def test_site_administrator_cannot_add_themselves_to_editors():
    client, administrator = administrator_client()
    groups = group_pks("Site administrators", "Editors")
    response = client.post(f"/admin/auth/user/{administrator.pk}/change/", user_form(administrator, groups=groups))
    assert response.status_code == 302
    assert set(administrator.groups.values_list("name", flat=True)) == {"Site administrators"}
    assert client.get(f"/admin/auth/user/{administrator.pk}/change/").status_code == 200  # roles shown, read only


def test_site_administrator_assigns_the_three_roles_to_someone_else():
    client, _administrator = administrator_client()
    colleague = make_staff(username="colleague", groups=["Press staff"])
    response = client.post(f"/admin/auth/user/{colleague.pk}/change/", user_form(colleague, groups=group_pks(*ROLES)))
    assert response.status_code == 302
    assert set(colleague.groups.values_list("name", flat=True)) == set(ROLES)


def test_site_administrator_cannot_put_anyone_in_a_group_other_than_the_three_roles():
    client, _administrator = administrator_client()
    auditors = Group.objects.create(name="Auditors")
    auditors.permissions.add(Permission.objects.get(codename="publish_article"))
    reporter = make_staff(username="reporter", groups=["Press staff"])
    response = client.post(
        f"/admin/auth/user/{reporter.pk}/change/", user_form(reporter, groups=[*group_pks("Press staff"), auditors.pk])
    )
    assert response.status_code == 200
    assert "groups" in response.context["adminform"].form.errors
    assert not reporter.groups.filter(name="Auditors").exists()


def test_site_administrator_keeps_memberships_they_cannot_see():
    client, _administrator = administrator_client()
    auditors = Group.objects.create(name="Auditors")
    reporter = make_staff(username="reporter", groups=["Press staff"])
    reporter.groups.add(auditors)
    response = client.post(f"/admin/auth/user/{reporter.pk}/change/", user_form(reporter, groups=group_pks("Editors")))
    assert response.status_code == 302
    assert set(reporter.groups.values_list("name", flat=True)) == {"Editors", "Auditors"}


def test_site_administrator_cannot_give_press_staff_the_publish_right():
    client, _administrator = administrator_client()
    press = Group.objects.get(name="Press staff")
    before = set(press.permissions.all())
    publish = Permission.objects.get(codename="publish_article")
    form = {"name": "Press staff", "permissions": [*(p.pk for p in before), publish.pk]}
    assert client.post(f"/admin/auth/group/{press.pk}/change/", form).status_code == 403
    assert client.post("/admin/auth/group/add/", {"name": "Publishers", "permissions": [publish.pk]}).status_code == 403
    assert client.post(f"/admin/auth/group/{press.pk}/delete/", {"post": "yes"}).status_code == 403
    assert set(press.permissions.all()) == before
    assert not Group.objects.filter(name="Publishers").exists()
    assert client.get(f"/admin/auth/group/{press.pk}/change/").status_code == 200  # still shown, read only


def test_site_administrator_cannot_change_or_delete_a_superuser():
    client, _administrator = administrator_client()
    root = make_superuser()
    response = client.post(f"/admin/auth/user/{root.pk}/change/", user_form(root, is_staff="on", is_active=""))
    assert response.status_code == 403
    assert client.post(f"/admin/auth/user/{root.pk}/delete/", {"post": "yes"}).status_code == 403
    client.post("/admin/auth/user/", {"action": "delete_selected", "_selected_action": [root.pk], "post": "yes"})
    root.refresh_from_db()
    assert root.is_active and root.is_superuser


def test_password_page_of_a_superuser_is_403_for_a_site_administrator():
    client, _administrator = administrator_client()
    root = make_superuser()
    url = f"/admin/auth/user/{root.pk}/password/"
    assert client.get(url).status_code == 403
    new = "a new passphrase for the root"
    response = client.post(url, {"password1": new, "password2": new, "usable_password": "true"})
    assert response.status_code == 403
    root.refresh_from_db()
    assert root.check_password(PASSWORD)


def test_site_administrator_sets_the_password_of_press_staff():
    client, _administrator = administrator_client()
    reporter = make_staff(username="reporter", groups=["Press staff"])
    new = "a new passphrase for the reporter"
    response = client.post(
        f"/admin/auth/user/{reporter.pk}/password/", {"password1": new, "password2": new, "usable_password": "true"}
    )
    assert response.status_code == 302
    reporter.refresh_from_db()
    assert reporter.check_password(new)


def test_site_administrator_does_not_see_backup_codes_of_others_but_removes_the_device():
    client, _administrator = administrator_client()
    editor = make_staff(username="editor", groups=["Editors"])
    device = StaticDevice.objects.create(user=editor, name="backup")
    device.token_set.create(token="backupcode42")
    page = client.get(f"/admin/otp_static/staticdevice/{device.pk}/change/")
    assert page.status_code == 200 and "backupcode42" not in page.content.decode()
    response = client.post(f"/admin/otp_static/staticdevice/{device.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not StaticDevice.objects.filter(pk=device.pk).exists()


def test_site_administrators_hold_exactly_the_account_permissions():
    permissions = Group.objects.get(name="Site administrators").permissions.all()
    assert {f"{p.content_type.app_label}.{p.codename}" for p in permissions} == {
        *(f"auth.{action}_user" for action in ("add", "change", "delete", "view")),
        "auth.view_group",
        "auth.view_permission",
        "admin.view_logentry",
        "axes.view_accessattempt",
        "axes.delete_accessattempt",
        "axes.view_accessfailurelog",
        *(f"otp_totp.{action}_totpdevice" for action in ("delete", "view")),  # staff set up their own
        *(f"otp_static.{action}_staticdevice" for action in ("delete", "view")),
        "accounts.view_failedemail",
        "accounts.delete_failedemail",
        "audit.view_auditentry",
    }


# Log-in lockout -------------------------------------------------------------------------------


def login(client, username, password, ip, **extra):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password, **extra},
        REMOTE_ADDR=ip,
        headers={"accept-language": "en"},
    )


def test_failures_from_other_addresses_do_not_lock_the_user_out_of_their_own():
    make_staff(username="editor", groups=["Editors"])
    attacker = Client()
    for n in range(10):
        login(attacker, "editor", "wrong", ip=f"198.51.100.{n + 1}")
    assert login(Client(), "editor", PASSWORD, ip="10.0.0.1").status_code == 302


def test_five_failures_lock_the_user_name_from_that_address_only(client, settings):
    make_staff(username="editor", groups=["Editors"])
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert login(client, "editor", "wrong", ip="198.51.100.1").status_code == 200
    assert login(client, "editor", "wrong", ip="198.51.100.1").status_code == 429
    assert login(client, "editor", PASSWORD, ip="198.51.100.1").status_code == 429
    assert login(Client(), "editor", PASSWORD, ip="10.0.0.1").status_code == 302


def test_an_address_is_locked_at_its_own_looser_limit(client, settings):
    make_staff(username="editor", groups=["Editors"])
    address_limit = settings.LOGIN_ADDRESS_FAILURE_LIMIT
    assert address_limit > settings.AXES_FAILURE_LIMIT
    for n in range(address_limit - 1):
        login(client, f"guess{n}", "wrong", ip="203.0.113.5")
    assert login(Client(), "editor", PASSWORD, ip="203.0.113.5").status_code == 302  # not yet
    assert login(client, "one-more-guess", "wrong", ip="203.0.113.5").status_code == 429
    assert login(Client(), "editor", PASSWORD, ip="203.0.113.5").status_code == 429
    assert login(Client(), "editor", PASSWORD, ip="198.51.100.7").status_code == 302


def test_overlong_login_user_name_gives_a_form_error(client):
    response = login(client, "x" * 300, "wrong", ip="10.0.0.1")
    assert response.status_code == 200
    assert "Ensure this value has at most 150 characters" in response.content.decode()


def test_overlong_login_user_name_gives_a_form_error_with_two_factor(client, settings):
    settings.ADMIN_REQUIRE_2FA = True
    response = login(client, "é" * 300, "wrong", ip="10.0.0.1", otp_device="", otp_token="123456")
    assert response.status_code == 200
    assert "Ensure this value has at most 150 characters" in response.content.decode()


# Sessions that never passed the one-time code -------------------------------------------------


def verified_client(user):
    """A client logged in with password and one-time code, as the admin log-in form does it."""
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    client = Client(headers={"accept-language": "en"})
    response = login(
        client, user.username, PASSWORD, ip="10.0.0.1", otp_device=device.persistent_id,
        otp_token=f"{totp(device.bin_key):06d}",
    )  # fmt: skip
    assert response.status_code == 302
    return client


def unverified_client(user):
    TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    client = Client(headers={"accept-language": "en"})
    client.force_login(user)  # the password only
    return client


def test_session_without_one_time_code_cannot_upload_images(settings):
    settings.ADMIN_REQUIRE_2FA = True
    client = unverified_client(make_staff(username="editor", groups=["Editors"]))
    response = client.post("/editor/image-upload/", {"upload": image_upload()})
    assert response.status_code == 403
    assert (
        verified_client(make_staff(groups=["Editors"]))
        .post("/editor/image-upload/", {"upload": image_upload()})
        .status_code
        == 200
    )


def test_session_without_one_time_code_does_not_see_drafts(settings):
    settings.ADMIN_REQUIRE_2FA = True
    article = make_article(status=Article.Status.DRAFT)
    page = make_page(slug="draft-page", status=Page.Status.DRAFT)
    client = unverified_client(make_staff(username="editor", groups=["Editors"]))
    assert client.get(article.get_absolute_url()).status_code == 404
    assert client.get(page.get_absolute_url()).status_code == 404
    verified = verified_client(make_staff(groups=["Editors"]))
    assert verified.get(article.get_absolute_url()).status_code == 200
    assert verified.get(page.get_absolute_url()).status_code == 200


def test_session_without_one_time_code_does_not_see_unpublished_elections(settings):
    from elections.models import Election

    settings.ADMIN_REQUIRE_2FA = True
    election = Election.objects.create(
        kind="parliamentary", slug="hidden", title_en="Hidden vote", polling_day="2026-03-01", published=False
    )
    url = election.get_absolute_url("en")
    assert unverified_client(make_staff(username="editor", groups=["Editors"])).get(url).status_code == 404
    assert verified_client(make_staff(groups=["Editors"])).get(url).status_code == 200


def test_session_without_one_time_code_cannot_open_the_admin(settings):
    settings.ADMIN_REQUIRE_2FA = True
    client = unverified_client(make_staff(username="administrator", groups=["Site administrators"]))
    assert client.get("/admin/auth/user/").status_code == 302
    assert verified_client(make_staff(groups=["Site administrators"])).get("/admin/auth/user/").status_code == 200


def test_site_administrator_neither_sees_nor_changes_the_two_factor_devices_of_a_superuser(client):
    client, _administrator = administrator_client()
    root = User.objects.create_superuser("root", password="correct horse battery staple")
    device = TOTPDevice.objects.create(user=root, name="phone")
    own = TOTPDevice.objects.create(user=make_staff(username="writer"), name="phone")
    listing = client.get("/admin/otp_totp/totpdevice/").content.decode()
    assert f"/{own.pk}/change/" in listing and f"/{device.pk}/change/" not in listing
    assert client.get(f"/admin/otp_totp/totpdevice/{device.pk}/config/").status_code == 403
    assert client.get(f"/admin/otp_totp/totpdevice/{device.pk}/change/").status_code in (302, 404)
    assert client.post(f"/admin/otp_totp/totpdevice/{device.pk}/delete/", {"post": "yes"}).status_code in (302, 404)
    assert TOTPDevice.objects.filter(pk=device.pk).exists()
    added = client.post("/admin/otp_totp/totpdevice/add/", {"user": str(root.pk), "name": "mine", "key": "ab" * 20,
                        "step": "30", "t0": "0", "digits": "6", "tolerance": "1", "drift": "0",
                        "throttling_failure_count": "0"})  # fmt: skip
    assert added.status_code == 403 and not TOTPDevice.objects.filter(name="mine").exists()  # nobody's, in fact
