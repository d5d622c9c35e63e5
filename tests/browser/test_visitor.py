"""A visitor reads the news: lists, pages, filters, articles, the menu, languages and search."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_visitor_reads_the_news_and_finds_the_commission_pages(browsing, site_content):
    page = browsing.page()

    # Home, in the browser's language.
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/en/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator(".featured")).to_contain_text("Voter lists are open for checking")
    page.get_by_role("link", name="All news").click()

    # The news list, then its next page.
    expect(page).to_have_url(re.compile(r"/en/news/$"))
    expect(page.locator(".result-count")).to_have_text("26 articles")
    expect(page.locator(".article-list > li")).to_have_count(10)
    expect(page.get_by_role("link", name="Draft that nobody may see")).to_have_count(0)
    page.get_by_role("navigation", name="Pages").get_by_role("link", name="Older", exact=True).click()
    expect(page).to_have_url(re.compile(r"\?page=2$"))
    expect(page.get_by_role("navigation", name="Pages")).to_contain_text("Page 2 of 3")
    expect(page.locator(".article-list > li")).to_have_count(10)

    # Filtered by category.
    page.get_by_label("Category").select_option(label="Elections")
    page.get_by_role("button", name="Show").click()
    expect(page).to_have_url(re.compile(r"/en/news/\?category=elections"))
    expect(page.locator(".result-count")).to_have_text("8 articles")
    expect(page.get_by_label("Category")).to_have_value("elections")

    # An article, then a related one.
    page.get_by_role("link", name="Voter lists are open for checking").click()
    expect(page).to_have_url(re.compile(r"/en/news/voter-lists-open/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Voter lists are open for checking")
    expect(page.locator(".article__cover img")).to_have_js_property("complete", True)
    assert page.locator(".article__cover img").evaluate("img => img.naturalWidth") > 0
    related = page.get_by_role("region", name="Related news")
    expect(related.get_by_role("listitem")).to_have_count(3)
    first_related = related.get_by_role("link").first
    related_title = first_related.inner_text()
    first_related.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(related_title)
    page.get_by_role("navigation", name="Breadcrumbs").get_by_role("link", name="Elections").click()
    expect(page).to_have_url(re.compile(r"/en/news/category/elections/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Elections")

    # A commission page through the main menu, and its sub-page.
    page.get_by_role("navigation", name="Main menu").get_by_role("link", name="About the Commission").click()
    expect(page).to_have_url(re.compile(r"/en/about/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("About the Commission")
    expect(
        page.get_by_role("navigation", name="Main menu").get_by_role("link", name="About the Commission")
    ).to_have_attribute("aria-current", "page")
    page.get_by_role("navigation", name="In this section").get_by_role("link", name="Members of the Commission").click()
    expect(page).to_have_url(re.compile(r"/en/about/members/$"))

    # Search from the header.
    page.get_by_role("searchbox", name="Search the site").fill("voter lists")
    page.get_by_role("searchbox", name="Search the site").press("Enter")
    expect(page).to_have_url(re.compile(r"/en/search/\?q=voter\+lists"))
    results = page.get_by_role("region", name="News")
    results.get_by_role("link", name="Voter lists are open for checking").click()
    expect(page).to_have_url(re.compile(r"/en/news/voter-lists-open/$"))

    # The same article in Russian, then a page that has no Russian version.
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Русский").click()
    expect(page).to_have_url(re.compile(r"/ru/news/spiski-izbirateley/$"))
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    expect(page.get_by_role("heading", level=1)).to_have_text("Списки избирателей открыты для проверки")
    page.get_by_role("navigation", name="Язык").get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/news/voter-lists-open/$"))
    page.goto("/en/about/")
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Türkmençe").click()
    expect(page).to_have_url(re.compile(r"/tk/\?untranslated=1$"))
    expect(page.locator(".notice")).to_be_visible()


def test_archive_leads_from_year_to_month_to_article(browsing, site_content):
    from django.utils import timezone

    published = timezone.localtime(site_content["main"].publish_at)
    page = browsing.page()
    page.goto(f"/en/news/{published:%Y}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"News of {published:%Y}")
    page.get_by_role("navigation", name="Months").get_by_role("link", name=f"{published:%B}").click()
    expect(page).to_have_url(re.compile(rf"/en/news/{published:%Y}/{published:%m}/$"))
    page.get_by_role("link", name="Voter lists are open for checking").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Voter lists are open for checking")


def test_article_prints_as_text_and_pictures_without_the_site_around_it(browsing, site_content):
    page = browsing.page()
    page.goto("/en/news/voter-lists-open/")
    page.emulate_media(media="print")
    for hidden in [".site-header", ".main-nav", ".site-footer", ".breadcrumbs", ".share", ".related", ".article-nav"]:
        expect(page.locator(hidden).first).to_be_hidden()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.locator(".article__cover img")).to_be_visible()
    expect(page.locator(".article__body")).to_contain_text("Where to check")
    link_suffix = page.locator(".article__body a").evaluate("a => getComputedStyle(a, '::after').content")
    assert "https://example.org/voters" in link_suffix
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.pdf(path=ARTIFACTS / "article-print.pdf", format="A4")
