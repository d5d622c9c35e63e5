"""The admin's search boxes read words as the site's search does: without Turkmen letters, in other
forms of the word, and Cyrillic words whatever their case (SQLite compares only ASCII letters' case)."""

import pytest
from django.test import Client

from .factories import make_article, make_page, make_staff

pytestmark = pytest.mark.django_db


def found(client, url, term):
    response = client.get(url, {"q": term})
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def press():
    client = Client(headers={"accept-language": "en"})
    client.force_login(make_staff(groups=["Press staff"]))
    return client


@pytest.mark.parametrize(
    ("term", "language", "title"),
    [
        ("ucastok", "tk", "Saýlaw uçastoklarynyň sanawy çap edildi"),
        ("Uçastoklar", "tk", "Saýlaw uçastoklarynyň sanawy çap edildi"),
        ("участок", "tk", "Saýlaw uçastoklarynyň sanawy çap edildi"),
        ("ИЗБИРАТЕЛЬНЫХ", "ru", "Реестр избирательных участков"),
        ("идет", "ru", "Идёт уточнение списков"),
    ],
)
def test_press_staff_find_articles_as_they_type_the_words(press, term, language, title):
    make_article(title=title, language=language)
    make_article(title="Something else", language=language)
    page = found(press, "/admin/news/article/", term)
    assert title in page and "Something else" not in page


def test_the_admin_still_finds_what_it_found_before_and_commission_pages_too(press):
    make_article(title="Register", slug="register-2025", language="en")
    assert "Register" in found(press, "/admin/news/article/", "Regis")  # a part of a word, as before
    make_page(title="Saýlaw uçastoklary", slug="ucastoklar", language="tk")
    assert "Saýlaw uçastoklary" in found(press, "/admin/pages/page/", "ucastogy")


# "Did you mean ...?" --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "language", "title", "suggested"),
    [
        ("saýlwlar", "tk", "Saýlawlar geçirildi", "saýlawlar"),
        ("ucastk", "tk", "Uçastok toparlary", "uçastok"),
        ("избиратльные", "ru", "Избирательные участки", "избирательные"),
        ("pollng", "en", "Polling stations", "polling"),
    ],
)
def test_a_search_that_finds_nothing_suggests_the_closest_word_of_the_site(client, typed, language, title, suggested):
    make_article(title=title, language=language, body="<p>Text.</p>")
    page = client.get(f"/{language}/search/", {"q": typed}).content.decode()
    assert 'id="article-results-heading"' not in page  # found nothing
    assert f">{suggested}</a>?" in page
    followed = client.get(f"/{language}/search/", {"q": suggested}).content.decode()
    assert title in followed


def test_no_suggestion_when_no_word_of_the_site_is_close(client):
    make_article(title="Polling stations", language="en")
    page = client.get("/en/search/", {"q": "zzxxqq"}).content.decode()
    assert "Nothing was found" in page and "Did you mean" not in page
