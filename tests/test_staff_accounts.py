"""Accounts that match the roles: made on one screen, a password the user sets from an e-mailed link,
an admin language kept on the account, and e-mail notifications each user can turn off. E-mail goes
through a real SMTP server on loopback."""

import re

import pytest
from django.contrib.auth.models import User
from django.test import Client

from accounts.models import FailedEmail, StaffProfile, profile_of

from .factories import make_staff
from .mailserver import body_of, free_port
from .mailserver import smtp_server as smtp_server  # noqa: F401  (a fixture)

# The e-mails go out once the save has committed: these tests commit for real.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

NEW_PASSWORD = "ballot boxes at dawn 2026"


def administrator():
    client = Client(headers={"accept-language": "en"})
    client.force_login(make_staff(groups=["Site administrators"]))
    return client


def create_editor(client, **overrides):
    data = {"username": "aylar", "first_name": "Aylar", "last_name": "Orazowa", "email": "aylar@saylaw.example",
            "role": "Editors", **overrides}  # fmt: skip
    return client.post("/admin/auth/user/add/", data)


def link_in(message):
    return re.search(r"https?://\S+/admin/reset/\S+/", body_of(message)).group(0)


def test_a_site_administrator_makes_a_staff_account_on_one_screen_and_the_user_sets_a_password(smtp_server):
    form = administrator().get("/admin/auth/user/add/").content.decode()
    assert 'name="role"' in form and 'name="password1"' not in form
    response = create_editor(administrator())
    assert response.status_code == 302
    user = User.objects.get(username="aylar")
    assert user.is_active and user.is_staff and not user.has_usable_password()
    assert list(user.groups.values_list("name", flat=True)) == ["Editors"]
    message = smtp_server.wait_for(1)[0]
    assert message["X-Envelope-To"] == "aylar@saylaw.example"
    assert "aylar" in body_of(message)
    newcomer = Client()
    path = link_in(message).split("testserver", 1)[1]
    form = newcomer.get(path, follow=True)
    assert form.status_code == 200 and 'name="new_password1"' in form.content.decode()
    done = newcomer.post(form.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert done.status_code == 302
    logged_in = Client().post("/admin/login/?next=/admin/", {"username": "aylar", "password": NEW_PASSWORD})
    assert logged_in.status_code == 302 and logged_in["Location"] == "/admin/"


def test_a_short_password_is_refused_where_the_new_user_sets_it(smtp_server):
    create_editor(administrator())
    path = link_in(smtp_server.wait_for(1)[0]).split("testserver", 1)[1]
    client = Client(headers={"accept-language": "en"})
    form = client.get(path, follow=True)
    refused = client.post(form.redirect_chain[-1][0], {"new_password1": "Short-pass1", "new_password2": "Short-pass1"})
    assert refused.status_code == 200 and "at least 12 characters" in refused.content.decode()
    assert not User.objects.get(username="aylar").has_usable_password()


def test_the_welcome_link_works_once(smtp_server):
    create_editor(administrator())
    path = link_in(smtp_server.wait_for(1)[0]).split("testserver", 1)[1]
    client = Client()
    form = client.get(path, follow=True)
    client.post(form.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    again = Client().get(path, follow=True)
    assert 'name="new_password1"' not in again.content.decode()


def test_a_new_account_needs_a_name_an_unused_e_mail_and_one_of_the_three_roles(smtp_server):
    make_staff(username="other", email="taken@saylaw.example")
    response = create_editor(administrator(), email="taken@saylaw.example", first_name="", role="Superusers")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Another account already uses this e-mail address." in text
    assert "Select a valid choice." in text and "This field is required." in text
    assert not User.objects.filter(username="aylar").exists() and smtp_server.messages == []


def test_forgotten_password_on_the_log_in_page_sends_a_link_in_the_users_own_language(smtp_server):
    user = make_staff(groups=["Press staff"], username="merdan", email="merdan@saylaw.example")
    StaffProfile.objects.create(user=user, language="ru")
    login = Client().get("/admin/login/").content.decode()
    assert 'href="/admin/password_reset/"' in login
    response = Client().post("/admin/password_reset/", {"email": "MERDAN@saylaw.example"})
    assert response.status_code == 302
    message = smtp_server.wait_for(1)[0]
    assert message["X-Envelope-To"] == "merdan@saylaw.example"
    assert re.search("[а-яА-Я]", message["Subject"]), message["Subject"]  # Russian, the account's language
    path = link_in(message).split("testserver", 1)[1]
    form = Client().get(path, follow=True)
    assert 'name="new_password1"' in form.content.decode()


def test_a_mail_server_that_is_down_never_makes_a_save_fail_and_the_failure_is_kept(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", free_port(), 2
    settings.EMAIL_IN_BACKGROUND = False
    response = create_editor(administrator())
    assert response.status_code == 302
    assert User.objects.filter(username="aylar").exists()
    failed = FailedEmail.objects.get()
    assert failed.recipient == "aylar@saylaw.example" and failed.kind == "welcome"
    listing = administrator().get("/admin/accounts/failedemail/").content.decode()
    assert "aylar@saylaw.example" in listing


def test_e_mail_is_sent_in_the_background_after_the_save_commits(smtp_server, settings):
    settings.EMAIL_IN_BACKGROUND = True
    assert create_editor(administrator()).status_code == 302
    assert smtp_server.wait_for(1)[0]["X-Envelope-To"] == "aylar@saylaw.example"


# The admin language ---------------------------------------------------------------------------------


def test_the_admin_speaks_the_language_kept_on_the_account_whatever_the_browser_asks():
    user = make_staff(groups=["Editors"], username="ogulgerek")
    StaffProfile.objects.create(user=user, language="ru")
    client = Client(headers={"accept-language": "en"})
    client.force_login(user)
    assert "Новости" in client.get("/admin/").content.decode()


def test_the_header_language_chooser_keeps_the_choice_on_the_account():
    user = make_staff(groups=["Press staff"], username="batyr")
    client = Client(headers={"accept-language": "en"})
    client.force_login(user)
    page = client.get("/admin/").content.decode()
    assert 'action="/admin/language/"' in page and 'href="/admin/account/"' in page
    response = client.post("/admin/language/", {"language": "ru", "next": "/admin/"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert profile_of(user).language == "ru"
    fresh = Client(headers={"accept-language": "en"})
    fresh.force_login(user)  # another browser: the account, not a cookie, says Russian
    assert "Новости" in fresh.get("/admin/").content.decode()


def test_the_language_chooser_never_sends_anyone_to_another_site():
    client = Client()
    client.force_login(make_staff(groups=["Press staff"]))
    response = client.post("/admin/language/", {"language": "tk", "next": "https://evil.example/"})
    assert response["Location"] == "/admin/"


def test_each_user_turns_kinds_of_notification_off_on_their_own_account_page():
    user = make_staff(groups=["Editors"], username="jeren")
    client = Client(headers={"accept-language": "en"})
    client.force_login(user)
    page = client.get("/admin/account/")
    assert page.status_code == 200 and "E-mail me when" in page.content.decode()
    client.post("/admin/account/", {"language": "en", "notify_returned": "on"})
    profile = profile_of(user)
    assert (profile.notify_submitted, profile.notify_returned, profile.notify_published) == (False, True, False)
