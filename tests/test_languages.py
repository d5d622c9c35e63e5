"""Three languages: routing, switcher, per-language lists, translated interface and dates."""

from datetime import datetime

import pytest
from django.utils import timezone

from .factories import make_article, make_category, make_page, make_translation

pytestmark = pytest.mark.django_db


def aware(*args):
    return timezone.make_aware(datetime(*args))


@pytest.mark.parametrize(
    ("accept", "expected"),
    [("ru-RU,ru;q=0.9,en;q=0.8", "/ru/"), ("en-GB,en;q=0.9", "/en/"), ("de-DE,fr;q=0.8", "/tk/"), ("", "/tk/")],
)
def test_root_sends_a_first_time_visitor_to_the_browser_language_else_turkmen(client, accept, expected):
    response = client.get("/", headers={"accept-language": accept} if accept else {})
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("url", ["/de/news/", "/fr/", "/xx/about/", "/tk-xx/news/"])
def test_unknown_language_prefix_is_404(client, url):
    response = client.get(url, follow=True)
    assert response.status_code == 404
    assert len(response.redirect_chain) <= 1


def test_each_language_lists_only_its_own_articles_with_counts(client):
    category = make_category()
    tk = make_article(language="tk", title="Türkmençe habar", category=category)
    make_translation(tk, "ru", title="Русская новость")
    make_article(language="tk", title="Diňe türkmençe", category=category)
    tk_list = client.get("/tk/news/")
    ru_list = client.get("/ru/news/")
    assert {a.title for a in tk_list.context["object_list"]} == {"Türkmençe habar", "Diňe türkmençe"}
    assert [a.title for a in ru_list.context["object_list"]] == ["Русская новость"]
    assert ru_list.context["paginator"].count == 1
    assert client.get("/en/news/").context["paginator"].count == 0


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("tk", ["Habarlar", "Esasy mazmuna geç"]),
        ("ru", ["Новости", "Перейти к основному содержанию"]),
        ("en", ["News", "Skip to main content"]),
    ],
)
def test_interface_is_translated(client, language, words):
    body = client.get(f"/{language}/news/").content.decode()
    for word in words:
        assert word in body


@pytest.mark.parametrize(
    ("language", "short", "full"),
    [
        ("en", "21 Oct 2025", "21 October 2025"),
        ("ru", "21 окт 2025", "21 октября 2025"),
        ("tk", "21 Okt 2025", "21 Oktýabr 2025"),
    ],
)
def test_dates_use_the_language_month_names(client, language, short, full):
    article = make_article(language=language, publish_at=aware(2025, 10, 21, 11))
    assert short in client.get(f"/{language}/news/").content.decode()
    assert full in client.get(article.get_absolute_url()).content.decode()


def test_html_lang_and_hreflang_alternates_on_an_article(client):
    article = make_article(language="tk", slug="habar")
    make_translation(article, "ru", slug="novost")
    body = client.get("/ru/news/novost/").content.decode()
    assert '<html lang="ru">' in body
    assert '<link rel="alternate" hreflang="tk" href="http://testserver/tk/news/habar/">' in body
    assert '<link rel="alternate" hreflang="ru" href="http://testserver/ru/news/novost/">' in body
    assert 'hreflang="en" href="http://testserver' not in body
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/tk/news/habar/">' in body


def test_switcher_on_a_list_keeps_the_visitor_on_the_same_list(client):
    body = client.get("/ru/news/").content.decode()
    assert 'href="/tk/news/"' in body and 'href="/en/news/"' in body


def test_switcher_from_an_untranslated_article_goes_to_the_list_with_a_note(client):
    article = make_article(language="tk", slug="diňe-tk".replace("ň", "n"))
    body = client.get(article.get_absolute_url()).content.decode()
    assert 'href="/en/news/?untranslated=1"' in body
    note = client.get("/en/news/?untranslated=1").content.decode()
    assert "is not available in this language" in note


def test_switcher_on_a_category_uses_the_category_slug_of_each_language(client):
    category = make_category(slug_tk="saylawlar", slug_ru="vybory", slug_en="elections")
    make_article(language="ru", category=category)
    body = client.get("/ru/news/category/vybory/").content.decode()
    assert 'href="/tk/news/category/saylawlar/"' in body
    assert 'href="/en/news/category/elections/"' in body


def test_switcher_on_a_page_goes_to_its_translation(client):
    page = make_page(language="tk", slug="habarlasmak", title="Habarlaşmak")
    make_page(language="en", slug="contacts", title="Contacts", translation_group=page.translation_group)
    body = client.get("/tk/habarlasmak/").content.decode()
    assert 'href="/en/contacts/"' in body
    assert 'href="/ru/?untranslated=1"' in body


def test_switching_language_on_a_404_page_goes_home_instead_of_looping(client):
    response = client.get("/ru/news/net-takoi-stranitsy/")
    assert response.status_code == 404
    body = response.content.decode()
    assert 'href="/en/"' in body and 'href="/tk/"' in body
    assert 'href="/en/news/net-takoi-stranitsy/"' not in body


def test_admin_speaks_the_staff_members_language(admin_client):
    body = admin_client.get("/admin/", headers={"accept-language": "ru"}).content.decode()
    assert "Новости" in body


def test_compiled_message_catalogues_are_up_to_date():
    """Every .mo file is newer than its .po file (the test command compiles them first)."""
    from pathlib import Path

    for po in Path("locale").glob("*/LC_MESSAGES/django.po"):
        mo = po.with_suffix(".mo")
        assert mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime, f"{mo} is stale"


def test_staff_choose_the_admin_language_from_the_header(admin_client):
    page = admin_client.get("/admin/", headers={"accept-language": "en"}).content.decode()
    assert 'action="/admin/language/"' in page and 'id="admin-language-select"' in page
    response = admin_client.post("/admin/language/", {"language": "ru", "next": "/admin/"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert "Новости" in admin_client.get("/admin/", headers={"accept-language": "en"}).content.decode()


@pytest.mark.parametrize("language", ["tk", "ru"])
def test_every_interface_string_is_translated(language):
    """No untranslated or fuzzy entry is left in the Turkmen and Russian catalogues."""
    import subprocess

    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", f"locale/{language}/LC_MESSAGES/django.po"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "untranslated" not in result.stderr and "fuzzy" not in result.stderr, result.stderr
