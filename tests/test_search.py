import pytest
from django.db import connection

from .factories import make_article, make_page

pytestmark = pytest.mark.django_db

on_postgres = pytest.mark.skipif(connection.vendor != "postgresql", reason="full-text search needs PostgreSQL")


def result_titles(response):
    return [article.title for article, _snippet in response.context["results"]]


def test_search_finds_words_in_title_and_body_of_published_articles_of_the_language(client):
    make_article(title="Turnout in Lebap", body="<p>Voters came early.</p>")
    make_article(title="Seminar", body="<p>Members of commissions from Lebap met.</p>")
    make_article(title="Draft about Lebap", status="draft")
    make_article(title="Lebap in Russian", language="ru")
    make_article(title="Unrelated", body="<p>Nothing here.</p>")
    response = client.get("/en/search/?q=lebap")
    assert response.status_code == 200
    assert set(result_titles(response)) == {"Turnout in Lebap", "Seminar"}


@pytest.mark.parametrize("query", ["выборы", "Выборы", "ВЫБОРЫ", "saýlaw", "Saýlaw"])
def test_search_ignores_case_in_cyrillic_and_turkmen_words(client, query):
    make_article(language="ru", title="Выборы в Меджлис", slug="vybory", body="<p>Saýlaw geçirildi.</p>")
    response = client.get("/ru/search/", {"q": query})
    assert result_titles(response) == ["Выборы в Меджлис"]


def test_search_results_show_date_title_and_marked_snippet(client):
    make_article(title="Observers", body="<p>The observers praised the <b>organisation</b> of voting.</p>")
    body = client.get("/en/search/?q=observers").content.decode()
    assert "<mark>" in body
    assert 'href="/en/news/' in body


def test_search_also_finds_commission_pages(client):
    make_page(title="Contacts", slug="contacts", body="<p>Reception of citizens on Mondays.</p>")
    response = client.get("/en/search/?q=reception")
    assert [p.title for p, _snippet in response.context["page_results"]] == ["Contacts"]


def test_empty_query_gets_a_clear_message(client):
    response = client.get("/en/search/?q=")
    assert response.status_code == 200
    assert "Type one or more words" in response.content.decode()


def test_too_long_query_gets_a_clear_message_not_an_error(client):
    response = client.get("/en/search/?q=" + "a" * 500)
    assert response.status_code == 400
    assert "too long" in response.content.decode()


@pytest.mark.parametrize(
    "q", ["'; DROP TABLE news_article; --", "{{ settings.SECRET_KEY }}", "\x00", "!!!", "a & | !b", "ä" * 50]
)
def test_hostile_queries_never_fail(client, q):
    make_article(title="Anything")
    response = client.get("/en/search/", {"q": q})
    assert response.status_code in (200, 400)
    assert "SECRET_KEY" not in response.content.decode() or "{{" in q


def test_search_page_number_out_of_range_is_404(client):
    make_article(title="Lebap")
    assert client.get("/en/search/?q=lebap&page=9").status_code == 404


def test_scripts_in_snippets_are_escaped(client):
    make_article(title="Safe", body="<p>Lebap &lt;script&gt;alert(1)&lt;/script&gt;</p>")
    body = client.get("/en/search/?q=lebap").content.decode()
    assert "<script>alert(1)" not in body


@on_postgres
def test_full_text_ranks_title_matches_above_body_matches_and_uses_stemming(client):
    make_article(title="Seminar", body="<p>Elections were discussed among other things.</p>")
    make_article(title="Elections of the President", body="<p>Results.</p>")
    response = client.get("/en/search/?q=election")
    assert result_titles(response) == ["Elections of the President", "Seminar"]


@on_postgres
def test_full_text_uses_russian_morphology(client):
    make_article(language="ru", title="Итоги", slug="itogi", body="<p>Наблюдатели посетили избирательные участки.</p>")
    response = client.get("/ru/search/?q=наблюдатель")
    assert result_titles(response) == ["Итоги"]


@on_postgres
def test_full_text_snippet_is_taken_from_the_body_with_marks(client):
    make_article(title="Report", body="<p>" + "Filler words here. " * 30 + "The turnout reached a record level.</p>")
    ((_article, snippet),) = client.get("/en/search/?q=turnout").context["results"]
    assert "<mark>turnout</mark>" in snippet
