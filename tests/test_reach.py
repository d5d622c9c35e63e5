"""Feeds, sitemaps, robots.txt, metadata and sharing: how readers and search engines find the news."""

import json
import re
import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.utils import timezone

from news.models import Article

from .factories import image_upload, make_article, make_category, make_page, make_translation

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def news():
    elections = make_category(slug_en="elections", name_en="Elections", slug_ru="vybory", name_ru="Выборы")
    training = make_category(slug_en="training", name_en="Training")
    return {
        "live": make_article(title="Turnout announced", category=elections),
        "other": make_article(title="Seminar in Mary", category=training),
        "russian": make_article(title="Явка объявлена", language="ru", slug="yavka", category=elections),
        "draft": make_article(title="Draft text", status=Article.Status.DRAFT, category=elections),
        "scheduled": make_article(
            title="Scheduled text", publish_at=timezone.now() + timedelta(days=1), category=elections
        ),
    }


def test_rss_feed_is_valid_and_lists_only_published_articles_of_the_language(client, news):
    response = client.get("/en/news/feed/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == "en"
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert set(titles) == {"Turnout announced", "Seminar in Mary"}
    links = [item.findtext("link") for item in channel.findall("item")]
    assert "http://testserver/en/news/" + news["live"].slug + "/" in links


def test_atom_feed_is_valid_and_per_category(client, news):
    response = client.get("/en/news/category/elections/feed/atom/")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    assert [e.findtext(f"{ATOM}title") for e in feed.findall(f"{ATOM}entry")] == ["Turnout announced"]
    russian = ET.fromstring(client.get("/ru/news/category/vybory/feed/atom/").content)
    assert [e.findtext(f"{ATOM}title") for e in russian.findall(f"{ATOM}entry")] == ["Явка объявлена"]


def test_feed_of_unknown_category_is_404(client):
    assert client.get("/en/news/category/nothing/feed/rss/").status_code == 404


def test_pages_announce_their_feeds(client, news):
    body = client.get("/en/news/category/elections/").content.decode()
    assert 'type="application/rss+xml"' in body and 'href="/en/news/feed/rss/"' in body
    assert 'href="/en/news/category/elections/feed/atom/"' in body


def test_sitemap_is_valid_and_lists_public_urls_only(client, news):
    about = make_page(slug="about")
    make_page(slug="hidden", status="draft")
    index = ET.fromstring(client.get("/sitemap.xml").content)
    sections = [loc.text for loc in index.iter(f"{SITEMAP}loc")]
    locations = []
    for section in sections:
        path = section.replace("http://testserver", "")
        sitemap = ET.fromstring(client.get(path).content)
        for url in sitemap.findall(f"{SITEMAP}url"):
            locations.append(url.findtext(f"{SITEMAP}loc"))
            if "/news/turnout" in url.findtext(f"{SITEMAP}loc") or url.findtext(f"{SITEMAP}loc").endswith("/about/"):
                assert url.findtext(f"{SITEMAP}lastmod")
    base = "http://testserver"
    assert base + news["live"].get_absolute_url() in locations
    assert base + news["russian"].get_absolute_url() in locations
    assert base + news["draft"].get_absolute_url() not in locations
    assert base + news["scheduled"].get_absolute_url() not in locations
    assert base + about.get_absolute_url() in locations
    assert base + "/en/hidden/" not in locations
    assert base + "/ru/news/category/vybory/" in locations
    assert base + "/tk/" in locations


def test_robots_txt_points_to_the_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "admin" not in body  # the admin's address is not advertised


def test_article_page_has_description_canonical_open_graph_and_news_article_data(client, settings):
    settings.SITE_URL = "https://saylaw.example"
    article = make_article(
        title="Results of the vote", slug="results", excerpt="Final results were announced.",
        cover_image=image_upload(size=(1200, 675)), cover_alt="The results table",
        category=make_category(name_en="Elections", slug_en="elections"),
    )  # fmt: skip
    html = client.get(article.get_absolute_url()).content.decode()
    assert '<meta name="description" content="Final results were announced.">' in html
    assert '<link rel="canonical" href="https://saylaw.example/en/news/results/">' in html
    assert '<meta property="og:title" content="Results of the vote">' in html
    [(og_image, og_width, og_height)] = article.cover_image.renditions("og")  # cut to 1200 x 630
    assert (og_width, og_height) == (1200, 630)
    assert f'<meta property="og:image" content="https://saylaw.example{og_image}">' in html
    assert '<meta property="og:image:width" content="1200">' in html
    assert '<meta property="og:image:alt" content="The results table">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Results of the vote"
    assert data["datePublished"] == article.publish_at.isoformat()
    assert data["image"] == [f"https://saylaw.example{og_image}"]
    assert data["inLanguage"] == "en"


def test_article_has_plain_share_links_and_no_third_party_scripts(client):
    article = make_article(title="Share me", slug="share-me")
    html = client.get(article.get_absolute_url()).content.decode()
    encoded = "http%3A%2F%2Ftestserver%2Fen%2Fnews%2Fshare-me%2F"
    assert f"https://www.facebook.com/sharer/sharer.php?u={encoded}" in html
    assert f"https://t.me/share/url?url={encoded}" in html
    assert "mailto:?subject=Share%20me" in html
    scripts = re.findall(r"<script[^>]*src=\"([^\"]+)\"", html)
    assert all(src.startswith("/static/") for src in scripts)


def test_print_stylesheet_is_linked(client):
    assert 'media="print"' in client.get("/en/").content.decode()


def test_translation_is_listed_in_hreflang_of_the_article(client):
    article = make_article(language="tk", slug="netije")
    make_translation(article, "en", slug="result")
    assert 'hreflang="en" href="http://testserver/en/news/result/"' in client.get("/tk/news/netije/").content.decode()


def test_an_unpublished_article_leaves_the_sitemap_at_once(client, news):
    def listed():
        locations = []
        for section in ET.fromstring(client.get("/sitemap.xml").content).iter(f"{SITEMAP}loc"):
            sitemap = ET.fromstring(client.get(section.text.replace("http://testserver", "")).content)
            locations += [url.findtext(f"{SITEMAP}loc") for url in sitemap.findall(f"{SITEMAP}url")]
        return locations

    address = "http://testserver" + news["live"].get_absolute_url()
    assert address in listed()
    news["live"].status = "draft"
    news["live"].save()
    assert address not in listed()
