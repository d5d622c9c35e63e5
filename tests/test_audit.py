"""The audit log: each kind of action it records by itself writes its entry in words; the chain verifies and
breaks when a row is edited, deleted or reordered in SQL; the database refuses changes; site administrators
see, filter and export it, other roles do not; an entry is written in the transaction of its change."""

import csv
import importlib
import io
from contextlib import contextmanager
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import AnonymousUser, Group, User
from django.core import serializers
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, transaction
from django.test import Client, RequestFactory
from django.utils import formats, timezone, translation
from django.utils.translation import gettext_lazy
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

import audit
from accounts.passwords import password_link
from audit.models import AuditEntry
from audit.receivers import login_failed
from news.models import Article
from preview.links import make_link

from .factories import make_article, make_staff, make_user

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"
NEW_PASSWORD = "ballot boxes at dawn 2026"
ENGLISH = {"accept-language": "en"}
TRIGGERS = importlib.import_module("audit.migrations.0002_append_only")


def staff_client(*roles, **overrides):
    user = make_staff(groups=roles, **overrides)
    client = Client(headers=ENGLISH)
    client.force_login(user)
    return client, user


def entries(action, by=None):
    found = AuditEntry.objects.filter(action=action).order_by("sequence")
    return list(found if by is None else found.filter(user_name=by))


def only_entry(action, by=None):
    found = entries(action, by)
    assert len(found) == 1, [entry.text() for entry in found]
    return found[0]


def words(entry):
    with translation.override("en"):
        return entry.text()


def request_by(user, address="192.0.2.10"):
    request = RequestFactory().get("/", REMOTE_ADDR=address)
    request.user = user
    return request


def login(client, username, password, address="192.0.2.10", **extra):
    return client.post(
        "/admin/login/?next=/admin/", {"username": username, "password": password, **extra}, REMOTE_ADDR=address
    )


def user_form(user, **overrides):
    """The change form of a user as the admin shows it to a site administrator, with overrides."""
    data = {"username": user.username, "first_name": user.first_name, "last_name": user.last_name,
            "email": user.email, "is_active": "on", "is_staff": "on" if user.is_staff else "",
            "groups": list(user.groups.values_list("pk", flat=True)), "last_login_0": "", "last_login_1": "",
            "date_joined_0": "2026-01-01", "date_joined_1": "10:00:00"}  # fmt: skip
    data.update(overrides)
    return {key: value for key, value in data.items() if value != ""}


@contextmanager
def triggers_dropped():
    """Tamper as someone with the database's owner rights could: switch the refusing triggers off, then on."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ALTER TABLE audit_auditentry DISABLE TRIGGER audit_auditentry_append_only")
        else:
            cursor.execute("DROP TRIGGER audit_auditentry_no_update")
            cursor.execute("DROP TRIGGER audit_auditentry_no_delete")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute("ALTER TABLE audit_auditentry ENABLE TRIGGER audit_auditentry_append_only")
            else:
                for statement in TRIGGERS.SQLITE_CREATE:
                    cursor.execute(statement)


def tamper(sql, *params):
    with triggers_dropped(), connection.cursor() as cursor:
        cursor.execute(sql, params)


def three_entries():
    reporter = make_staff(username="reporter", groups=())
    for n in range(3):
        audit.record(audit.Action.CHANGED, reporter, user=reporter, message=gettext_lazy("Change %(n)s"),
                     details={"n": n})  # fmt: skip
    return list(AuditEntry.objects.filter(action=audit.Action.CHANGED).order_by("sequence"))


def verify(*args):
    out = io.StringIO()
    call_command("verify_audit_log", *args, stdout=out)
    return out.getvalue()


# Log-in, failed log-in, lock-out, unlock ------------------------------------------------------------


def test_a_log_in_is_recorded_with_the_user_and_their_address():
    editor = make_staff(username="aylar", groups=["Editors"])
    assert login(Client(), "aylar", PASSWORD, address="198.51.100.4").status_code == 302
    entry = only_entry(audit.Action.LOGGED_IN)
    assert words(entry) == "aylar logged in"
    assert (entry.user, entry.user_name, entry.address) == (editor, "aylar", "198.51.100.4")
    assert entry.content_type.model_class() is User and entry.object_id == str(editor.pk)


def test_a_failed_log_in_is_recorded_with_the_user_name_as_typed_and_truncated():
    make_staff(username="aylar", groups=["Editors"])
    login(Client(), "aylar", "wrong", address="203.0.113.9")
    entry = only_entry(audit.Action.LOGIN_FAILED)
    assert words(entry) == "Failed log-in as “aylar”"
    assert entry.user is None and entry.address == "203.0.113.9" and entry.details["username"] == "aylar"
    login_failed(None, {"username": "é" * 400}, request=request_by(AnonymousUser()))  # as authenticate() sends it
    assert len(entries(audit.Action.LOGIN_FAILED)[-1].details["username"]) == 150


def test_a_wrong_two_factor_code_is_a_failed_log_in(settings):
    settings.ADMIN_REQUIRE_2FA = True
    editor = make_staff(username="aylar", groups=["Editors"])
    TOTPDevice.objects.create(user=editor, name="Phone")
    response = login(Client(headers=ENGLISH), "aylar", PASSWORD, otp_token="000000", otp_device="")
    assert response.status_code == 200
    assert "Failed log-in as “aylar”: wrong two-factor code" in [words(e) for e in entries(audit.Action.LOGIN_FAILED)]


def test_a_lock_out_is_recorded(settings):
    make_staff(username="aylar", groups=["Editors"])
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        login(client, "aylar", "wrong", address="198.51.100.1")
    entry = entries(audit.Action.LOCKED_OUT)[0]
    assert words(entry) == "Log-in as “aylar” from 198.51.100.1 locked out after repeated failures"
    assert entry.details == {"username": "aylar", "ip_address": "198.51.100.1"}


def test_a_site_administrator_unlocking_a_user_is_recorded(settings):
    locked = make_staff(username="aylar", groups=["Editors"])
    for _ in range(settings.AXES_FAILURE_LIMIT):
        login(Client(), "aylar", "wrong", address="198.51.100.1")
    attempt = AccessAttempt.objects.get(username="aylar")
    client, administrator = staff_client("Site administrators", username="admin1")
    response = client.post(f"/admin/axes/accessattempt/{attempt.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    entry = only_entry(audit.Action.UNLOCKED)
    assert words(entry) == "admin1 unlocked log-in as “aylar” from 198.51.100.1"
    assert entry.user == administrator and entry.object_id == str(locked.pk)
    assert login(Client(), "aylar", PASSWORD, address="198.51.100.1").status_code == 302
    assert len(entries(audit.Action.UNLOCKED)) == 1  # axes' clean-up after a success is no unlock


def test_the_unlock_button_on_a_users_page_is_recorded_once_per_locked_address(settings):
    locked = make_staff(username="aylar", groups=["Editors"])
    for _ in range(settings.AXES_FAILURE_LIMIT):
        login(Client(), "aylar", "wrong", address="198.51.100.1")
    login(Client(), "aylar", "wrong", address="198.51.100.2")  # one failure from elsewhere: no lock to undo
    client, administrator = staff_client("Site administrators", username="admin1")
    assert client.post(f"/admin/auth/user/{locked.pk}/unlock/").status_code == 302
    entry = only_entry(audit.Action.UNLOCKED)
    assert words(entry) == "admin1 unlocked log-in as “aylar” from 198.51.100.1" and entry.user == administrator


# Accounts and roles ---------------------------------------------------------------------------------


def test_a_site_administrator_creating_an_account_is_recorded_with_its_role():
    client, administrator = staff_client("Site administrators", username="admin1")
    data = {"username": "aylar", "first_name": "Aylar", "last_name": "Orazowa", "email": "aylar@saylaw.example",
            "role": "Editors"}  # fmt: skip
    assert client.post("/admin/auth/user/add/", data).status_code == 302
    created = only_entry(audit.Action.USER_CREATED, by="admin1")
    assert words(created) == "admin1 created the account aylar"
    assert created.user == administrator and created.details["username"] == "aylar"
    role = only_entry(audit.Action.ROLE_CHANGED, by="admin1")
    assert words(role) == "admin1 added aylar to Editors"
    assert role.details == {"added": ["Editors"], "removed": []} and role.sequence > created.sequence


def test_a_role_change_says_which_roles_were_added_and_removed():
    reporter = make_staff(username="reporter", groups=["Press staff"])
    client, _ = staff_client("Site administrators", username="admin1")
    editors = Group.objects.get(name="Editors")
    response = client.post(f"/admin/auth/user/{reporter.pk}/change/", user_form(reporter, groups=[editors.pk]))
    assert response.status_code == 302
    changes = [words(entry) for entry in entries(audit.Action.ROLE_CHANGED) if entry.user_name == "admin1"]
    assert changes == ["admin1 removed reporter from Press staff", "admin1 added reporter to Editors"]


def test_roles_changed_from_the_group_side_are_recorded_per_user():
    reporter = make_staff(username="reporter", groups=())
    editors = Group.objects.get(name="Editors")
    administrator = make_staff(username="admin1", groups=["Site administrators"])
    with audit.for_request(request_by(administrator)):
        editors.user_set.add(reporter)
        editors.user_set.clear()
    changes = [words(entry) for entry in entries(audit.Action.ROLE_CHANGED) if entry.user_name == "admin1"]
    assert changes == ["admin1 added reporter to Editors", "admin1 removed reporter from Editors"]


def test_deactivating_an_account_is_recorded():
    reporter = make_staff(username="reporter", groups=["Press staff"])
    client, administrator = staff_client("Site administrators", username="admin1")
    response = client.post(f"/admin/auth/user/{reporter.pk}/change/", user_form(reporter, is_active=""))
    assert response.status_code == 302
    entry = only_entry(audit.Action.USER_DEACTIVATED)
    assert words(entry) == "admin1 deactivated the account reporter"
    assert entry.user == administrator and entry.object_id == str(reporter.pk)


def test_deleting_an_account_is_recorded_and_the_entries_keep_its_name():
    reporter = make_staff(username="reporter", groups=["Press staff"])
    reporter_pk = reporter.pk
    client, _ = staff_client("Site administrators", username="admin1")
    Client().post("/admin/login/", {"username": "reporter", "password": PASSWORD})
    assert client.post(f"/admin/auth/user/{reporter_pk}/delete/", {"post": "yes"}).status_code == 302
    assert words(only_entry(audit.Action.DELETED)) == "admin1 deleted the account reporter"
    [logged_in] = [entry for entry in entries(audit.Action.LOGGED_IN) if entry.user_name == "reporter"]
    assert (logged_in.user_id, logged_in.user_name) == (reporter_pk, "reporter")
    assert "intact" in verify()


def test_a_password_set_through_the_e_mailed_link_is_recorded_as_the_users_own():
    editor = make_staff(username="aylar", groups=["Editors"])
    path = password_link(RequestFactory().get("/"), editor).split("testserver", 1)[1]
    newcomer = Client()
    form = newcomer.get(path, follow=True)
    done = newcomer.post(form.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert done.status_code == 302
    entry = only_entry(audit.Action.PASSWORD_CHANGED)
    assert words(entry) == "aylar set a new password through the link e-mailed to them"
    assert entry.user == editor and entry.details == {"by": "e-mailed link"}


def test_a_password_changed_by_its_user_is_recorded():
    client, editor = staff_client("Editors", username="aylar")
    data = {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    assert client.post("/admin/password_change/", data).status_code == 302
    entry = only_entry(audit.Action.PASSWORD_CHANGED)
    assert words(entry) == "aylar changed their own password" and entry.user == editor


def test_a_password_set_by_a_site_administrator_says_who_set_it():
    editor = make_staff(username="aylar", groups=["Editors"])
    client, administrator = staff_client("Site administrators", username="admin1")
    data = {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD, "usable_password": "true"}
    assert client.post(f"/admin/auth/user/{editor.pk}/password/", data).status_code == 302
    entry = only_entry(audit.Action.PASSWORD_CHANGED)
    assert words(entry) == "admin1 set a new password for aylar"
    assert entry.user == administrator and entry.object_id == str(editor.pk)


def test_a_password_changed_outside_the_site_is_recorded():
    editor = make_staff(username="aylar", groups=["Editors"])
    editor.set_password(NEW_PASSWORD)
    editor.save()
    entry = only_entry(audit.Action.PASSWORD_CHANGED)
    assert words(entry) == "The password of aylar was changed outside the site (a command or the shell)"
    assert entry.user is None and entry.user_shown == "the system"


# Two-factor devices ---------------------------------------------------------------------------------


def test_a_two_factor_device_is_added_when_it_is_confirmed():
    editor = make_staff(username="aylar", groups=["Editors"])
    with audit.for_request(request_by(editor)):
        device = TOTPDevice.objects.create(user=editor, name="Phone", confirmed=False)
        assert not entries(audit.Action.DEVICE_ADDED)
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        StaticDevice.objects.create(user=editor, name="Backup codes")
    added = [words(entry) for entry in entries(audit.Action.DEVICE_ADDED)]
    assert added == ["aylar added the authenticator app “Phone” for aylar", "aylar added backup codes for aylar"]
    assert "key" not in entries(audit.Action.DEVICE_ADDED)[0].details


def test_a_site_administrator_removing_a_device_is_recorded():
    editor = make_staff(username="aylar", groups=["Editors"])
    device = TOTPDevice.objects.create(user=editor, name="Phone")
    client, administrator = staff_client("Site administrators", username="admin1")
    assert client.post(f"/admin/otp_totp/totpdevice/{device.pk}/delete/", {"post": "yes"}).status_code == 302
    entry = only_entry(audit.Action.DEVICE_REMOVED)
    assert words(entry) == "admin1 removed the authenticator app “Phone” of aylar"
    assert entry.user == administrator and entry.object_id == str(editor.pk)


# Preview links --------------------------------------------------------------------------------------


def test_making_a_preview_link_is_recorded_with_its_expiry():
    draft = make_article(status=Article.Status.DRAFT, title="Polling stations")
    client, reporter = staff_client("Press staff", username="reporter")
    assert client.post(f"/admin/preview/previewlink/make/news.article/{draft.pk}/").status_code == 302
    entry = only_entry(audit.Action.PREVIEW_LINK_MADE)
    link = reporter.preview_links.get()
    with translation.override("en"):
        expires = formats.date_format(timezone.localtime(link.expires), "DATETIME_FORMAT")
    assert words(entry) == f"reporter made a preview link of Polling stations, valid until {expires}"
    assert entry.user == reporter and entry.object_id == str(draft.pk) and entry.details["link"] == link.pk


def test_revoking_a_preview_link_is_recorded():
    link = make_link(make_article(status=Article.Status.DRAFT, title="Polling stations"))
    editor = make_staff(username="aylar", groups=["Editors"])
    with audit.for_request(request_by(editor)):
        link.revoked_at, link.revoked_by = timezone.now(), editor
        link.save()
    entry = only_entry(audit.Action.PREVIEW_LINK_REVOKED)
    assert words(entry) == "aylar revoked a preview link of Polling stations" and entry.user == editor


def test_revoking_a_preview_link_in_the_admin_is_recorded():
    link = make_link(make_article(status=Article.Status.DRAFT))
    client, _ = staff_client("Editors")
    assert client.post(f"/admin/preview/previewlink/{link.pk}/revoke/").status_code == 302
    assert entries(audit.Action.PREVIEW_LINK_REVOKED)


# The API for content apps ---------------------------------------------------------------------------


def test_record_keeps_the_msgid_and_shows_it_in_the_readers_language_with_moments_in_their_time_zone():
    editor = make_staff(username="aylar", groups=["Editors"])
    article = make_article(title="Results")
    due = timezone.now() + timedelta(days=3)
    with translation.override("ru"):
        entry = audit.record(audit.Action.SCHEDULED, article, request=request_by(editor),
                             message=gettext_lazy("%(user)s scheduled “%(object)s” for %(publish_at)s"),
                             details={"publish_at": due})  # fmt: skip
        saved = audit.record(audit.Action.CHANGED, user=editor, message=gettext_lazy("Your settings were saved."))
        assert saved.text() == "Ваши настройки сохранены."
    assert saved.message == "Your settings were saved."
    assert entry.message == "%(user)s scheduled “%(object)s” for %(publish_at)s"
    with translation.override("en"):
        shown = formats.date_format(timezone.localtime(due), "DATETIME_FORMAT")
    assert words(entry) == f"aylar scheduled “Results” for {shown}"
    assert AuditEntry.objects.get(pk=entry.pk).compute_hash() == entry.hash


def test_one_entry_costs_one_insert_and_one_read_of_the_last_entry(django_assert_max_num_queries):
    editor = make_staff(username="aylar", groups=["Editors"])
    audit.record(audit.Action.CHANGED, editor, user=editor, message="warm the content type cache")
    budget = 3 if connection.vendor == "postgresql" else 2  # PostgreSQL: and the advisory lock
    with django_assert_max_num_queries(budget):
        audit.record(audit.Action.CHANGED, editor, user=editor, message="one more")


def test_accounts_loaded_from_a_fixture_are_not_recorded_as_made_by_anyone():
    reporter = make_staff(username="reporter", groups=["Press staff", "Editors"])
    fixture = serializers.serialize("json", [reporter]).replace('"reporter"', '"loaded"')
    fixture = fixture.replace(f'"pk": {reporter.pk}', f'"pk": {reporter.pk + 1000}')
    before = AuditEntry.objects.count()
    for loaded in serializers.deserialize("json", fixture):
        loaded.save()
    assert set(User.objects.get(username="loaded").groups.values_list("name", flat=True)) == {"Editors", "Press staff"}
    assert AuditEntry.objects.count() == before


def test_a_change_rolled_back_leaves_no_entry():
    with pytest.raises(RuntimeError), transaction.atomic():
        make_user(username="temporary")
        assert entries(audit.Action.USER_CREATED)
        raise RuntimeError
    assert not User.objects.filter(username="temporary").exists()
    assert not entries(audit.Action.USER_CREATED)


def test_a_change_whose_entry_cannot_be_written_cannot_commit():
    with pytest.raises(ValueError), transaction.atomic():
        user = make_user(username="temporary")
        audit.record(audit.Action.CHANGED, user, message="not JSON", details={"share": float("nan")})
    assert not User.objects.filter(username="temporary").exists()
    assert not AuditEntry.objects.exists()


# The chain ------------------------------------------------------------------------------------------


def test_the_chain_verifies_and_names_its_last_entry():
    changes = three_entries()
    last = AuditEntry.objects.latest()
    output = verify()
    assert f"Checked {last.sequence} audit log entries." in output
    assert f"Last entry: {last.sequence}:{last.hash}" in output
    assert changes[1].previous_hash == changes[0].hash and changes[0].sequence + 1 == changes[1].sequence


def test_an_entry_edited_in_sql_breaks_the_chain_at_that_entry():
    second = three_entries()[1]
    tamper("UPDATE audit_auditentry SET message = %s WHERE sequence = %s", "Nothing happened", second.sequence)
    with pytest.raises(CommandError, match=f"broken at entry {second.sequence}: hash mismatch"):
        verify()


def test_an_entry_deleted_in_sql_breaks_the_chain():
    second = three_entries()[1]
    tamper("DELETE FROM audit_auditentry WHERE sequence = %s", second.sequence)
    with pytest.raises(CommandError, match=f"broken at entry {second.sequence}: missing sequence number"):
        verify()


def test_entries_reordered_in_sql_break_the_chain():
    _, second, third = three_entries()
    tamper("UPDATE audit_auditentry SET sequence = 999999 WHERE sequence = %s", second.sequence)
    tamper("UPDATE audit_auditentry SET sequence = %s WHERE sequence = %s", second.sequence, third.sequence)
    tamper("UPDATE audit_auditentry SET sequence = %s WHERE sequence = 999999", third.sequence)
    with pytest.raises(CommandError, match=f"broken at entry {second.sequence}: previous-hash mismatch"):
        verify()


def test_entries_removed_from_the_end_are_found_with_the_last_entry_kept_from_before():
    three_entries()
    last = AuditEntry.objects.latest()
    kept = f"{last.sequence}:{last.hash}"
    assert "intact" in verify("--expect", kept)
    tamper("DELETE FROM audit_auditentry WHERE sequence = %s", last.sequence)
    verify()  # the chain alone cannot tell
    with pytest.raises(CommandError, match=f"broken at entry {last.sequence}: missing"):
        verify("--expect", kept)


def test_after_archiving_the_chain_is_checked_from_the_last_archived_entry():
    first, second, _ = three_entries()
    tamper("DELETE FROM audit_auditentry WHERE sequence <= %s", second.sequence)
    with pytest.raises(CommandError, match="missing sequence number 1"):
        verify()
    assert "intact" in verify("--after", f"{second.sequence}:{second.hash}")
    with pytest.raises(CommandError, match="previous-hash mismatch"):
        verify("--after", f"{second.sequence}:{first.hash}")


def test_the_database_refuses_to_change_or_delete_an_entry():
    _, second, third = three_entries()
    statements = [
        ("UPDATE audit_auditentry SET message = 'Nothing happened' WHERE sequence = %s", second.sequence),
        ("DELETE FROM audit_auditentry WHERE sequence = %s", second.sequence),
        ("DELETE FROM audit_auditentry WHERE sequence = %s", third.sequence),
    ]
    if connection.vendor == "postgresql":
        statements.append(("DELETE FROM audit_auditentry WHERE sequence >= %s", 0))
    for sql, parameter in statements:
        with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql, [parameter])
    assert AuditEntry.objects.get(pk=second.pk).message == "Change %(n)s"
    assert "intact" in verify()


def test_the_site_refuses_to_change_or_delete_an_entry():
    entry = three_entries()[0]
    with pytest.raises(TypeError):
        entry.save()
    with pytest.raises(TypeError):
        entry.delete()
    with pytest.raises(TypeError):
        AuditEntry.objects.filter(pk=entry.pk).update(message="Nothing happened")
    with pytest.raises(TypeError):
        AuditEntry.objects.all().delete()


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite only: PostgreSQL refuses every DELETE")
def test_sqlite_lets_only_the_oldest_entries_go():
    first, second, _ = three_entries()
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditentry WHERE sequence >= %s", [first.sequence])  # not the oldest
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditentry WHERE sequence < %s", [second.sequence])  # archived
    with pytest.raises(CommandError, match="missing sequence number 1"):
        verify()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_flush_still_empties_the_database():
    """PostgreSQL's flush truncates; SQLite's deletes each table in row order, which its trigger allows."""
    three_entries()
    call_command("flush", interactive=False, verbosity=0)
    assert not AuditEntry.objects.exists()


# The list in the admin ------------------------------------------------------------------------------


def test_a_site_administrator_sees_and_filters_the_list_and_opens_the_object():
    reporter = make_staff(username="reporter", groups=["Press staff"])
    client, administrator = staff_client("Site administrators", username="admin1")
    login(Client(), "reporter", "wrong")
    page = client.get("/admin/audit/auditentry/").content.decode()
    assert "admin1 logged in" in page and "Failed log-in as “reporter”" in page
    assert f'href="/admin/auth/user/{reporter.pk}/change/"' in page
    failed = client.get("/admin/audit/auditentry/", {"action": "login_failed"}).content.decode()
    assert "Failed log-in as “reporter”" in failed and "admin1 logged in" not in failed
    by_user = client.get("/admin/audit/auditentry/", {"user__id__exact": administrator.pk}).content.decode()
    assert "admin1 logged in" in by_user and "Failed log-in as" not in by_user
    today = timezone.localdate()
    dated = client.get("/admin/audit/auditentry/", {"created__year": today.year, "created__month": today.month,
                                                    "created__day": today.day})  # fmt: skip
    assert "admin1 logged in" in dated.content.decode()
    assert "admin1 logged in" not in client.get("/admin/audit/auditentry/", {"created__year": 2001}).content.decode()
    assert "Failed log-in as" in client.get("/admin/audit/auditentry/", {"q": "reporter"}).content.decode()
    assert "Failed log-in as" not in client.get("/admin/audit/auditentry/", {"q": "nobody"}).content.decode()
    entry = only_entry(audit.Action.LOGIN_FAILED)
    detail = client.get(f"/admin/audit/auditentry/{entry.pk}/change/")
    assert detail.status_code == 200 and entry.hash in detail.content.decode()
    assert 'name="_save"' not in detail.content.decode()


def test_nobody_adds_changes_or_deletes_an_entry_in_the_admin():
    client, _ = staff_client("Site administrators", username="admin1")
    entry = only_entry(audit.Action.LOGGED_IN)
    assert client.get("/admin/audit/auditentry/add/").status_code == 403
    assert client.post(f"/admin/audit/auditentry/{entry.pk}/change/", {"message": "x"}).status_code == 403
    assert client.post(f"/admin/audit/auditentry/{entry.pk}/delete/", {"post": "yes"}).status_code == 403
    assert AuditEntry.objects.filter(pk=entry.pk, message=entry.message).exists()


def test_a_site_administrator_exports_the_filtered_list_as_csv_with_no_formula_cells():
    reporter = make_staff(username="reporter", groups=["Press staff"])
    client, _ = staff_client("Site administrators", username="admin1")
    audit.record(audit.Action.CHANGED, reporter, user=reporter, message='=HYPERLINK("http://evil")')
    list_page = client.get("/admin/audit/auditentry/", {"action": "changed"}).content.decode()
    assert 'href="/admin/audit/auditentry/export/?action=changed"' in list_page
    response = client.get("/admin/audit/auditentry/export/", {"action": "changed"})
    assert response.status_code == 200 and response["Content-Type"] == "text/csv; charset=utf-8"
    content = b"".join(response.streaming_content).decode("utf-8")
    assert content.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(content.lstrip("\ufeff"))))
    assert rows[0][:5] == ["number", "when", "user", "address", "action"]
    assert [row[8] for row in rows[1:]] == ['\'=HYPERLINK("http://evil")']
    assert rows[1][2] == "reporter" and rows[1][4] == "changed"


@pytest.mark.parametrize("role", ["Press staff", "Editors"])
def test_press_staff_and_editors_see_no_audit_log(role):
    client, _ = staff_client(role)
    assert client.get("/admin/audit/auditentry/").status_code == 403
    assert client.get("/admin/audit/auditentry/export/").status_code == 403
    assert "/admin/audit/" not in client.get("/admin/").content.decode()
