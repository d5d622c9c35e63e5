from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from news.models import Article

from .factories import image_upload, make_article, make_category, make_translation

pytestmark = pytest.mark.django_db


def aware(*args):
    return timezone.make_aware(datetime(*args))


def titles(response):
    return [a.title for a in response.context["object_list"]]


def test_news_list_is_newest_first_ten_per_page(client):
    category = make_category()
    for day in range(1, 13):
        make_article(title=f"Day {day:02d}", publish_at=aware(2025, 3, day, 10), category=category)
    first = client.get("/en/news/")
    assert titles(first) == [f"Day {d:02d}" for d in range(12, 2, -1)]
    second = client.get("/en/news/?page=2")
    assert titles(second) == ["Day 02", "Day 01"]
    assert 'rel="next"' in first.content.decode()


def test_list_item_shows_short_date_title_excerpt_and_thumbnail(client):
    make_article(
        title="Observers met the commission",
        publish_at=aware(timezone.localdate().year, 10, 21, 9),
        body="<p>" + "The observers visited polling stations across the regions. " * 8 + "</p>",
        cover_image=image_upload(),
        cover_alt="Observers at a polling station",
    )
    body = client.get("/en/news/").content.decode()
    assert ">21 Oct<" in body
    assert "Observers met the commission" in body
    assert "The observers visited polling stations" in body and "..." in body
    assert 'alt="Observers at a polling station"' in body
    assert 'loading="lazy"' in body


def test_short_date_shows_year_when_not_current(client):
    make_article(publish_at=aware(2022, 5, 20, 9))
    assert ">20 May 2022<" in client.get("/en/news/").content.decode()


def test_filter_by_category_and_year_month(client):
    elections = make_category(name_en="Elections", slug_en="elections")
    training = make_category(name_en="Training", slug_en="training")
    make_article(title="Vote counted", category=elections, publish_at=aware(2025, 3, 24, 9))
    make_article(title="Seminar held", category=training, publish_at=aware(2025, 4, 2, 9))
    make_article(title="Old seminar", category=training, publish_at=aware(2024, 4, 2, 9))
    assert titles(client.get("/en/news/?category=training")) == ["Seminar held", "Old seminar"]
    assert titles(client.get("/en/news/?year=2025")) == ["Seminar held", "Vote counted"]
    assert titles(client.get("/en/news/?year=2025&month=3")) == ["Vote counted"]
    assert titles(client.get("/en/news/?category=training&year=2024")) == ["Old seminar"]


def test_year_filter_offers_every_year_from_the_newest_news_to_the_first_in_local_time(client):
    make_article(title="Newest", publish_at=aware(2025, 3, 24, 9))
    # 20:00 UTC on 31 December is already New Year in Ashgabat: the article belongs to 2023.
    make_article(title="First", publish_at=datetime(2022, 12, 31, 20, tzinfo=UTC))
    form = client.get("/en/news/").context["filter"].form
    assert [value for value, _ in form.fields["year"].choices] == ["", 2025, 2024, 2023]
    # A year between them without news is a list with its "no news" message, not an error.
    empty = client.get("/en/news/?year=2024")
    assert empty.status_code == 200 and titles(empty) == []
    assert "No news has been published here yet." in empty.content.decode()
    assert titles(client.get("/en/news/?year=2023")) == ["First"]


@pytest.mark.parametrize(
    "query",
    ["category=no-such-category", "year=abc", "month=13", "month=0", "year=99999999999999999999", "year=%00"],
)
def test_bad_filter_values_get_a_clear_400_page(client, query):
    make_article(publish_at=aware(2025, 3, 24, 9))
    response = client.get(f"/en/news/?{query}")
    assert response.status_code == 400
    body = response.content.decode()
    assert "The news filter in the address is not valid" in body
    assert 'class="site-header"' in body


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99999", "1.5", "9" * 40])
def test_bad_page_numbers_get_a_404_page_in_the_site_style(client, page):
    make_article()
    response = client.get(f"/en/news/?page={page}")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_last_page_keyword_goes_to_the_last_page(client):
    for _ in range(11):
        make_article()
    assert client.get("/en/news/?page=last").context["page_obj"].number == 2


def test_category_page_lists_only_its_articles(client):
    elections = make_category(name_en="Elections", slug_en="elections", description_en="Votes and results.")
    make_article(title="Vote counted", category=elections)
    make_article(title="Seminar held")
    response = client.get("/en/news/category/elections/")
    assert response.status_code == 200
    assert titles(response) == ["Vote counted"]
    assert "Votes and results." in response.content.decode()


def test_unknown_category_is_404(client):
    assert client.get("/en/news/category/unknown/").status_code == 404


def test_category_without_english_name_is_404_in_english(client):
    category = make_category(name_en="", slug_en="")
    make_article(category=category, language="tk")
    assert client.get(f"/tk/news/category/{category.slug_tk}/").status_code == 200
    assert client.get(f"/en/news/category/{category.slug_tk}/").status_code == 404


def test_year_and_month_archives(client):
    make_article(title="March news", publish_at=aware(2025, 3, 24, 9))
    make_article(title="April news", publish_at=aware(2025, 4, 2, 9))
    make_article(title="Older news", publish_at=aware(2024, 4, 2, 9))
    year = client.get("/en/news/2025/")
    assert titles(year) == ["April news", "March news"]
    assert "/en/news/2025/03/" in year.content.decode()
    month = client.get("/en/news/2025/03/")
    assert titles(month) == ["March news"]
    assert "/en/news/2025/04/" in month.content.decode()


@pytest.mark.parametrize("url", ["/en/news/2025/13/", "/en/news/1999/", "/en/news/2025/00/", "/en/news/20x5/"])
def test_bad_or_empty_archive_is_404(client, url):
    make_article(publish_at=aware(2025, 3, 24, 9))
    assert client.get(url).status_code == 404


def test_article_page_shows_full_date_category_cover_body_and_neighbours(client):
    category = make_category(name_en="Observers", slug_en="observers")
    older = make_article(title="Older one", category=category, publish_at=aware(2025, 3, 1, 9))
    article = make_article(
        title="The statement of observers",
        category=category,
        publish_at=aware(2025, 3, 10, 14, 30),
        body="<h2>Findings</h2><p>The voting was <strong>well organised</strong>.</p>",
        cover_image=image_upload(),
        cover_alt="Observers in the hall",
    )
    newer = make_article(title="Newer one", publish_at=aware(2025, 3, 20, 9))
    response = client.get(article.get_absolute_url())
    body = response.content.decode()
    assert "<h1>The statement of observers</h1>" in body
    assert "10 March 2025, 14:30" in body
    assert 'href="/en/news/category/observers/"' in body
    assert 'alt="Observers in the hall"' in body
    assert "<strong>well organised</strong>" in body
    assert response.context["previous_article"] == older
    assert response.context["next_article"] == newer
    assert list(response.context["related_articles"]) == [older]


def test_related_articles_are_at_most_three_from_the_same_category(client):
    category = make_category()
    article = make_article(category=category)
    for _ in range(5):
        make_article(category=category)
    make_article()
    related = client.get(article.get_absolute_url()).context["related_articles"]
    assert len(related) == 3
    assert all(a.category_id == category.pk for a in related)


def test_unknown_article_slug_is_404(client):
    assert client.get("/en/news/no-such-article/").status_code == 404


def test_article_of_another_language_is_404_under_this_language(client):
    article = make_article(language="ru", slug="tolko-po-russki")
    assert client.get("/en/news/tolko-po-russki/").status_code == 404
    assert client.get(article.get_absolute_url()).status_code == 200


def test_article_page_links_to_its_translation_in_switcher(client):
    article = make_article(language="tk", slug="synlar")
    make_translation(article, "ru", slug="ispytaniya")
    body = client.get(article.get_absolute_url()).content.decode()
    assert 'href="/ru/news/ispytaniya/"' in body
    assert 'href="/en/news/?untranslated=1"' in body


def test_unpublished_translation_is_hidden_only_in_its_language(client):
    article = make_article(language="tk", slug="habar")
    draft = make_translation(article, "ru", slug="novost", status=Article.Status.DRAFT)
    assert client.get(article.get_absolute_url()).status_code == 200
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert 'href="/ru/news/novost/"' not in client.get(article.get_absolute_url()).content.decode()


def test_home_shows_featured_and_latest_news_and_key_pages(client):
    from .factories import make_page

    make_article(title="Featured story", featured=True)
    make_article(title="Regular story", publish_at=timezone.now() - timedelta(days=3))
    make_page(title="About the Commission", slug="about", show_in_menu=True)
    response = client.get("/en/")
    body = response.content.decode()
    assert [a.title for a in response.context["featured_articles"]] == ["Featured story"]
    assert [a.title for a in response.context["latest_articles"]] == ["Regular story"]
    assert 'href="/en/about/"' in body


def test_deep_pages_show_the_same_articles_as_a_plain_slice_and_counts_follow_changes(client):
    category = make_category()
    for day in range(1, 26):
        make_article(title=f"Item {day:02d}", publish_at=aware(2024, 1, day, 10), category=category)
    expected = list(Article.objects.published().in_language("en").values_list("title", flat=True)[20:30])
    assert titles(client.get("/en/news/?page=3")) == expected
    assert client.get("/en/news/").context["paginator"].count == 25
    make_article(title="Breaking", category=category)
    assert client.get("/en/news/").context["paginator"].count == 26


def test_articles_published_at_the_same_minute_are_neighbours_in_id_order(client):
    category = make_category()
    moment = aware(2025, 5, 1, 12)
    first, second, third = (make_article(publish_at=moment, category=category) for _ in range(3))
    context = client.get(second.get_absolute_url()).context
    assert context["previous_article"] == first
    assert context["next_article"] == third


def test_list_items_show_local_date_linked_title_and_excerpt_and_an_empty_section_says_so(client):
    empty = make_category(name_en="Referendums", slug_en="referendums")
    make_article(
        title="Count <finished>",
        excerpt="All precincts reported.",
        publish_at=aware(2025, 3, 24, 22, 30),  # 22:30 in Ashgabat is 17:30 UTC
    )
    html = client.get("/en/news/").content.decode()
    assert '<time datetime="2025-03-24T22:30:00+05:00">24 Mar 2025</time>' in html
    assert '<a href="/en/news/' in html and ">Count &lt;finished&gt;</a></h2>" in html
    assert '<p class="article-summary__excerpt">All precincts reported.</p>' in html

    page = client.get(empty.get_absolute_url("en"))
    assert page.status_code == 200
    assert "No news has been published here yet." in page.content.decode()
