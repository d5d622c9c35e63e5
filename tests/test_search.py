from datetime import timedelta

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from search.query import START, STOP, snippet

from .factories import make_article, make_page

pytestmark = pytest.mark.django_db

SEARCH_BUDGET = 6
PAST = timezone.make_aware(timezone.datetime(2024, 10, 21, 10, 0))

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
    article = make_article(
        title="Observers", body="<p>The observers praised the <b>organisation</b> of voting.</p>", publish_at=PAST
    )
    body = client.get("/en/search/?q=observers").content.decode()
    assert "<mark>" in body
    assert f'<a href="{article.get_absolute_url()}">Observers</a></h3>' in body
    assert f'<time datetime="{timezone.localtime(PAST).isoformat()}">21 Oct 2024</time>' in body


def test_search_also_finds_commission_pages(client):
    make_page(title="Contacts", slug="contacts", body="<p>Reception of citizens on Mondays.</p>")
    response = client.get("/en/search/?q=reception")
    assert [title for title, _url, _snippet in response.context["page_results"]] == ["Contacts"]


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
    response = client.get("/en/search/?q=turnout")
    ((_article, parts),) = response.context["results"]
    assert ("turnout", True) in parts
    assert "<mark>turnout</mark>" in response.content.decode()


def test_search_pages_results_ten_at_a_time_without_repeats(client):
    for n in range(25):
        make_article(title=f"Lebap report {n}", slug=f"lebap-{n}")
    pages = [client.get("/en/search/", {"q": "lebap", "page": n}) for n in (1, 2, 3)]
    titles = [result_titles(response) for response in pages]
    assert [len(t) for t in titles] == [10, 10, 5]
    assert len(set(sum(titles, []))) == 25
    assert pages[0].context["paginator"].count == 25
    assert [title for title, _url, _snippet in pages[1].context["page_results"]] == []  # Pages on page 1 only.


def test_search_ranks_only_the_newest_matches(client, monkeypatch):
    monkeypatch.setattr("search.query.MAX_RANKED", 3)
    for n in range(5):
        make_article(title=f"Lebap {n}", slug=f"lebap-{n}", publish_at=timezone.now() - timedelta(days=n))
    response = client.get("/en/search/?q=lebap")
    assert response.context["paginator"].count == 3
    assert set(result_titles(response)) == {"Lebap 0", "Lebap 1", "Lebap 2"}


def test_a_repeated_search_finds_its_matches_in_the_cache_and_forgets_them_when_content_changes(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    first = make_article(title="Lebap turnout")
    for n in range(30):
        make_article(title=f"Lebap meeting {n}", slug=f"lebap-{n}")
    with CaptureQueriesContext(connection) as cold:
        assert client.get("/en/search/?q=lebap").status_code == 200
    with CaptureQueriesContext(connection) as warm:
        assert client.get("/en/search/?q=lebap&page=2").status_code == 200
    assert len(cold) <= SEARCH_BUDGET
    assert len(warm) < len(cold)
    assert not any("ts_rank" in q["sql"] or " LIKE " in q["sql"] for q in warm.captured_queries)
    first.status = "draft"
    first.save()
    response = client.get("/en/search/?q=lebap&page=3")
    assert response.context["paginator"].count == 30
    assert "Lebap turnout" not in response.content.decode()


def test_search_page_query_count_does_not_grow_with_the_results(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    make_page(title="Lebap office", slug="lebap-office", body="<p>The Lebap office.</p>")
    for n in range(40):
        make_article(title=f"Lebap {n}", slug=f"lebap-{n}", body="<p>" + "Lebap news. " * 50 + "</p>")
    with CaptureQueriesContext(connection) as context:
        response = client.get("/en/search/?q=lebap")
    assert len(result_titles(response)) == 10
    assert len(context) <= SEARCH_BUDGET, [q["sql"][:80] for q in context.captured_queries]


def test_page_results_link_to_the_page_with_a_marked_snippet(client):
    make_page(title="Contacts", slug="contacts", body="<p>Reception of citizens on Mondays.</p>")
    body = client.get("/en/search/?q=reception").content.decode()
    assert 'href="/en/contacts/"' in body
    assert "<mark>Reception</mark>" in body


@pytest.mark.parametrize("page", ["0", "-1", "abc", "1.5", "99999999999999999999"])
def test_bad_page_numbers_are_404_not_errors(client, page):
    make_article(title="Lebap")
    assert client.get("/en/search/", {"q": "lebap", "page": page}).status_code == 404


def test_snippet_marks_the_searched_word_and_escapes_the_text():
    parts = snippet(f"a &lt;b&gt; {START}Lebap{STOP} &amp; c")
    assert parts == [("a <b> ", False), ("Lebap", True), (" & c", False)]
    written = render_to_string("search/_snippet.html", {"parts": parts})
    assert written == "a &lt;b&gt; <mark>Lebap</mark> &amp; c"


@on_postgres
def test_full_text_snippet_comes_from_far_into_a_long_body(client):
    body = "<p>" + "Filler words here. " * 150 + "The turnout reached a record level.</p>"
    make_article(title="Report", body=body)
    response = client.get("/en/search/?q=turnout")
    assert "<mark>turnout</mark>" in response.content.decode()


@on_postgres
def test_full_text_ranks_the_best_match_first_on_every_page(client):
    for n in range(12):
        make_article(title=f"Meeting {n}", slug=f"meeting-{n}", body="<p>The elections were mentioned.</p>")
    make_article(
        title="Elections, elections",
        slug="best",
        body="<p>Elections.</p>",
        publish_at=timezone.now() - timedelta(days=9),
    )
    first = result_titles(client.get("/en/search/?q=elections"))
    second = result_titles(client.get("/en/search/?q=elections&page=2"))
    assert first[0] == "Elections, elections"
    assert "Elections, elections" not in second
    assert first[1:] == [f"Meeting {n}" for n in range(9)]  # Equal ranks: newest first.


def test_a_search_with_more_matches_than_are_ranked_says_so(client, monkeypatch):
    monkeypatch.setattr("search.query.MAX_RANKED", 3)
    monkeypatch.setattr("search.views.MAX_RANKED", 3)
    for word in ("alpha", "bravo", "charlie", "delta", "echo"):
        make_article(title=f"Ballot count {word}", slug=f"ballot-count-{word}")
    text = client.get("/en/search/", {"q": "ballot"}).content.decode()
    assert "More than 3 articles found for “ballot”: the newest 3 are shown." in text
    text = client.get("/en/search/", {"q": "ballot charlie"}).content.decode()
    assert "1 article found for “ballot charlie”" in text and "More than" not in text


def test_the_same_search_again_shows_the_same_snippets_without_reading_bodies(client):
    make_article(title="Observers", body="<p>Observers from Mary watched the count of ballots.</p>")
    first = client.get("/en/search/", {"q": "ballots"}).content.decode()
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/en/search/", {"q": "ballots"}).content.decode()
    assert "<mark>ballots" in again
    assert first.split('id="article-results-heading"')[1] == again.split('id="article-results-heading"')[1]
    assert not [q for q in queries if '"news_article"."body"' in q["sql"]]
