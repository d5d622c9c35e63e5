"""Accessibility of the public pages: axe-core (WCAG 2.1 AA), keyboard use, focus and the skip link."""

import pytest
from playwright.sync_api import expect

from .conftest import DESKTOP, PHONE, axe_violations, public_pages, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

FOCUSABLE = "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex='-1'])"

# Every focusable element that a person can see, described so that two lists can be compared.
VISIBLE_FOCUSABLES = """selector => [...document.querySelectorAll(selector)]
    .filter(el => !el.disabled && el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden')
    .map(el => el.outerHTML.slice(0, 120))"""

# The element that has focus, and whether it is visibly marked: an outline or a box shadow.
FOCUS_STATE = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadowed = style.boxShadow && style.boxShadow !== 'none';
    return {html: el.outerHTML.slice(0, 120), marked: outlined || shadowed};
}"""


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280px", "375px"])
def test_public_pages_have_no_serious_accessibility_violations(browsing, site_content, viewport):
    page = browsing.page(viewport=viewport)
    found = {}
    for name, url in public_pages(site_content).items():
        page.goto(url)
        violations = axe_violations(page, f"{name} ({viewport['width']}px)")
        if violations:
            found[name] = violations
        screenshot(page, name)
    assert not found, found


def test_every_control_can_be_reached_with_the_keyboard_and_shows_its_focus(browsing, site_content):
    page = browsing.page()
    pages = public_pages(site_content)
    problems = []
    for name in ["home", "news-list", "article", "category", "commission-page", "search", "error-404"]:
        page.goto(pages[name])
        expected = page.evaluate(VISIBLE_FOCUSABLES, FOCUSABLE)
        reached = []
        for _ in range(len(expected) + 5):
            page.keyboard.press("Tab")
            state = page.evaluate(FOCUS_STATE)
            if state is None or (reached and state["html"] == reached[0]):
                break
            reached.append(state["html"])
            if not state["marked"]:
                problems.append(f"{name}: no visible focus on {state['html']}")
        missing = [html for html in expected if html not in reached]
        if missing:
            problems.append(f"{name}: not reachable with Tab: {missing}")
    assert not problems, "\n".join(problems)


def test_skip_link_is_the_first_stop_and_moves_focus_to_the_content(browsing, site_content):
    page = browsing.page()
    for url in ["/en/", "/en/news/", "/en/news/voter-lists-open/"]:
        page.goto(url)
        page.keyboard.press("Tab")
        skip = page.get_by_role("link", name="Skip to main content")
        expect(skip).to_be_focused()
        box = skip.bounding_box()
        assert box["y"] >= 0 and box["height"] > 0, "the focused skip link is on screen"
        expect(skip).to_be_in_viewport()
        page.keyboard.press("Enter")
        expect(page).to_have_url(f"{browsing.base_url}{url}#main")
        expect(page.locator("main")).to_be_focused()
        page.keyboard.press("Tab")
        inside_main = page.evaluate("() => document.querySelector('main').contains(document.activeElement)")
        assert inside_main, f"{url}: the next Tab after the skip link stays in the main content"


def test_an_image_inserted_without_a_text_alternative_is_still_published_accessibly(browsing, site_content):
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    from tests.factories import image_bytes, make_article

    name = default_storage.save("uploads/2026/11/chart.png", ContentFile(image_bytes()))
    article = make_article(
        slug="chart-without-alt",
        body=f'<p>Turnout.</p><figure class="image"><img src="/media/{name}" width="64" height="48"></figure>',
    )
    page = browsing.page()
    page.goto(article.get_absolute_url())
    assert axe_violations(page, "article with an image without alt") == []
