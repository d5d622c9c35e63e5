"""Protections an election authority's site needs; each test fails if its protection is removed."""

import re
import subprocess
import sys

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from news.models import Article

from .factories import ARTICLE_INLINES, image_upload, make_article, make_category, make_page, make_staff

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


def public_urls(article):
    return ["/en/", "/en/news/", "/en/news/category/elections/", article.get_absolute_url(), "/en/about/",
            "/en/search/?q=results", "/en/news/missing/"]  # fmt: skip


# Headers --------------------------------------------------------------------------------------


def test_security_headers_on_public_pages_admin_and_errors(client, admin_client):
    article = make_article(category=make_category(slug_en="elections", name_en="Elections"))
    make_page(slug="about")
    for url in [*public_urls(article), "/en/"]:  # the second home page request is a cache hit
        response = client.get(url)
        csp = response["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp, url
        assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert response["X-Frame-Options"] == "DENY"
        assert response["Cross-Origin-Opener-Policy"] == "same-origin"
        assert "geolocation=()" in response["Permissions-Policy"]
    admin_csp = admin_client.get("/admin/news/article/add/")["Content-Security-Policy"]
    assert "script-src 'self';" in admin_csp and "unsafe-eval" not in admin_csp


def test_public_pages_have_no_inline_scripts_or_styles(client):
    article = make_article(category=make_category(slug_en="elections", name_en="Elections"))
    make_page(slug="about")
    for url in public_urls(article):
        html = client.get(url).content.decode()
        for tag in re.findall(r"<script\b[^>]*>", html):
            assert "src=" in tag or 'type="application/ld+json"' in tag, (url, tag)
        assert " style=" not in html and "<style" not in html, url


# Error pages ----------------------------------------------------------------------------------


def test_404_is_in_the_site_style_and_language(client):
    response = client.get("/ru/news/no-such-article/")
    body = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="ru">' in body and "Страница не найдена" in body and 'class="site-header"' in body


def test_500_page_is_friendly_and_shows_no_internals(client, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr("news.models.ArticleQuerySet.published", explode)
    client.raise_request_exception = False
    response = client.get("/en/news/")
    body = response.content.decode()
    assert response.status_code == 500
    assert "Something went wrong on our side" in body
    assert "secret internal detail" not in body and "Traceback" not in body and "SECRET_KEY" not in body


def test_forged_form_post_gets_a_styled_403(client):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/i18n/setlang/", {"language": "ru"}, headers={"accept-language": "en"})
    assert response.status_code == 403
    assert "The form had expired or came from another site" in response.content.decode()


# Faults ---------------------------------------------------------------------------------------


def test_database_outage_gives_a_friendly_503_and_the_site_recovers(client, monkeypatch, settings):
    settings.PAGE_CACHE_SECONDS = 0
    make_article(title="Back again")

    def down(self, *args, **kwargs):
        raise OperationalError("could not connect to server")  # as Django raises it when the server is gone

    with monkeypatch.context() as patch:
        patch.setattr(BaseDatabaseWrapper, "cursor", down)
        response = client.get("/en/news/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "temporarily unavailable" in response.content.decode()
    recovered = client.get("/en/news/")
    assert recovered.status_code == 200 and "Back again" in recovered.content.decode()


def test_storage_failure_on_upload_keeps_everything_typed(admin_client, monkeypatch):
    from django.core.files.storage import FileSystemStorage

    def disk_full(self, name, content):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(FileSystemStorage, "_save", disk_full)
    category = make_category()
    response = admin_client.post(
        "/admin/news/article/add/",
        {
            "language": "en", "title": "Results of the by-election", "slug": "by-election-results",
            "category": category.pk, "body": "<p>Long text typed by the editor.</p>", "status": "draft",
            "publish_at_0": "2026-11-01", "publish_at_1": "10:00:00", "cover_upload": image_upload(),
            "cover_alt": "Ballot box", **ARTICLE_INLINES,
        },
        headers={"accept-language": "en"},
    )  # fmt: skip
    body = response.content.decode()
    assert response.status_code == 200
    assert "could not be stored" in body
    assert "Results of the by-election" in body and "Long text typed by the editor." in body
    assert not Article.objects.exists()


# Log-in lockout -------------------------------------------------------------------------------


def login(client, username, password, ip="10.0.0.1"):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password},
        REMOTE_ADDR=ip,
        headers={"accept-language": "en"},
    )


def test_account_is_locked_after_repeated_failures_with_a_clear_message(client, settings):
    make_staff(username="reporter", groups=["Press staff"])
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert login(client, "reporter", "wrong", ip="10.0.0.1").status_code == 200
    locked = login(client, "reporter", "wrong", ip="10.0.0.1")
    assert locked.status_code == 429
    assert "Log-in temporarily locked" in locked.content.decode()
    # Even the right password, from that address, is refused while the account is locked there.
    assert login(client, "reporter", PASSWORD, ip="10.0.0.1").status_code == 429


def test_address_is_locked_after_failures_on_many_accounts(client, settings):
    for n in range(settings.LOGIN_ADDRESS_FAILURE_LIMIT):
        login(client, f"guess{n}", "wrong", ip="203.0.113.5")
    make_staff(username="editor", groups=["Editors"])
    assert login(client, "editor", PASSWORD, ip="203.0.113.5").status_code == 429
    assert login(client, "editor", PASSWORD, ip="198.51.100.7").status_code == 302


def test_administrator_unlocks_an_account(client, settings):
    make_staff(username="reporter", groups=["Press staff"])
    for _ in range(settings.AXES_FAILURE_LIMIT):
        login(client, "reporter", "wrong", ip="10.0.0.1")
    assert login(client, "reporter", PASSWORD, ip="10.0.0.1").status_code == 429
    administrator = Client()
    administrator.force_login(make_staff(groups=["Site administrators"]))
    attempts = AccessAttempt.objects.filter(username="reporter")
    response = administrator.post(
        "/admin/axes/accessattempt/",
        {"action": "delete_selected", "_selected_action": list(attempts.values_list("pk", flat=True)), "post": "yes"},
    )
    assert response.status_code == 302
    assert not AccessAttempt.objects.filter(username="reporter").exists()
    assert login(client, "reporter", PASSWORD, ip="10.0.0.1").status_code == 302


def test_admin_path_can_be_moved_by_a_setting():
    code = "import django; django.setup(); from django.urls import reverse; print(reverse('admin:index'))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={"DJANGO_SETTINGS_MODULE": "commission_site.settings", "DEBUG": "1", "ADMIN_URL": "office-7f3a/"},
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.stdout.strip() == "/office-7f3a/", result.stderr


# Two-factor authentication --------------------------------------------------------------------


def test_staff_need_a_one_time_code_when_two_factor_is_required(client, settings):
    settings.ADMIN_REQUIRE_2FA = True
    staff = make_staff(username="editor", groups=["Editors"])
    device = TOTPDevice.objects.create(user=staff, name="phone", confirmed=True)

    without_code = login(client, "editor", PASSWORD)
    assert without_code.status_code == 200
    assert client.get("/admin/").status_code == 302  # not let in

    client.force_login(staff)  # a password alone (no verified device) is still not enough
    assert client.get("/admin/").status_code == 302
    client.logout()

    response = client.post(
        "/admin/login/?next=/admin/",
        {"username": "editor", "password": PASSWORD, "otp_device": device.persistent_id,
         "otp_token": f"{totp(device.bin_key):06d}"},
        REMOTE_ADDR="10.0.0.1",
    )  # fmt: skip
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_without_the_setting_a_password_is_enough(client):
    make_staff(username="editor", groups=["Editors"])
    assert login(client, "editor", PASSWORD).status_code == 302
    assert client.get("/admin/").status_code == 200


# Uploads --------------------------------------------------------------------------------------


def test_svg_cover_is_refused_by_the_model_validation(admin_client):
    svg = SimpleUploadedFile(
        "cover.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "image/svg+xml"
    )
    response = admin_client.post(
        "/admin/news/article/add/",
        {"language": "en", "title": "T", "slug": "t", "category": make_category().pk, "body": "<p>x</p>",
         "status": "draft", "publish_at_0": "2026-11-01", "publish_at_1": "10:00:00", "cover_upload": svg,
         "cover_alt": "x", **ARTICLE_INLINES},
    )  # fmt: skip
    assert "cover_upload" in response.context["adminform"].form.errors
    assert not Article.objects.exists()


def test_user_passwords_are_stored_hashed():
    user = User.objects.create_user("x", password=PASSWORD)
    assert PASSWORD not in user.password


def test_markup_in_titles_is_escaped_in_the_menu_meta_tags_and_share_links(client):
    make_page(title='Rules <script>alert("x")</script> & "quotes"', slug="rules", show_in_menu=True)
    article = make_article(title='Turnout <img src=x onerror=alert(1)> & "more"', excerpt="It's <b>high</b>")
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>high" not in html
    assert "Rules &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;" in html  # main menu
    assert 'content="Turnout &lt;img src=x onerror=alert(1)&gt; &amp; &quot;more&quot;"' in html  # og:title
    assert 'content="It&#x27;s &lt;b&gt;high&lt;/b&gt;"' in html  # description
    assert "text=Turnout%20%3Cimg%20src%3Dx" in html  # share links quote the title
