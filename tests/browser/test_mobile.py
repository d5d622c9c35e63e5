"""On a phone (375 px): the menu opens and closes by touch and keyboard; nothing scrolls sideways."""

import pytest
from playwright.sync_api import expect

from .conftest import DESKTOP, PHONE, public_pages

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PHONE_OPTIONS = {"viewport": PHONE, "has_touch": True, "is_mobile": True, "device_scale_factor": 2}


def overflow(page):
    """How many pixels the page is wider than the screen, and the elements that stick out."""
    return page.evaluate(
        """() => {
            const width = document.documentElement.clientWidth;
            const scrolls = el => /auto|scroll|hidden|clip/.test(getComputedStyle(el).overflowX);
            const inScroller = el => {
                for (let parent = el.parentElement; parent; parent = parent.parentElement) {
                    if (scrolls(parent)) return true;
                }
                return false;
            };
            const sticksOut = el => el.getBoundingClientRect().right > width + 1
                || (!scrolls(el) && el.scrollWidth > el.clientWidth + 1);
            const wide = [...document.querySelectorAll('body *')]
                .filter(el => !inScroller(el) && sticksOut(el))
                .slice(0, 5)
                .map(el => el.outerHTML.slice(0, 100));
            return {extra: document.documentElement.scrollWidth - width, wide};
        }"""
    )


def test_menu_opens_and_closes_by_touch(browsing, site_content):
    page = browsing.page(**PHONE_OPTIONS)
    page.goto("/en/")
    toggle = page.get_by_role("button", name="Menu", exact=True)
    menu = page.locator("#main-nav-list")
    expect(toggle).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_hidden()

    toggle.tap()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(menu).to_be_visible()
    assert overflow(page)["extra"] <= 0
    menu.get_by_role("link", name="Contacts").tap()
    expect(page.get_by_role("heading", level=1)).to_have_text("Contacts")

    toggle.tap()
    expect(menu).to_be_visible()
    toggle.tap()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_hidden()


def test_menu_opens_and_closes_with_the_keyboard(browsing, site_content):
    page = browsing.page(viewport=PHONE)
    page.goto("/en/news/")
    toggle = page.get_by_role("button", name="Menu", exact=True)
    menu = page.locator("#main-nav-list")
    toggle.focus()
    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(menu).to_be_visible()
    page.keyboard.press("Tab")
    expect(menu.get_by_role("link", name="Home")).to_be_focused()
    page.keyboard.press("Escape")
    expect(menu).to_be_hidden()
    expect(toggle).to_be_focused()
    page.keyboard.press("Space")
    expect(menu).to_be_visible()
    page.keyboard.press("Space")
    expect(menu).to_be_hidden()
    # The closed menu's links are out of the tab order.
    page.keyboard.press("Tab")
    assert page.evaluate("() => !document.getElementById('main-nav-list').contains(document.activeElement)")


def test_menu_is_a_plain_list_on_wide_screens_and_without_javascript(browsing, site_content):
    page = browsing.page(viewport=DESKTOP)
    page.goto("/en/")
    expect(page.get_by_role("button", name="Menu", exact=True)).to_be_hidden()
    expect(page.locator("#main-nav-list")).to_be_visible()
    page.set_viewport_size(PHONE)
    expect(page.locator("#main-nav-list")).to_be_hidden()
    page.set_viewport_size(DESKTOP)
    expect(page.locator("#main-nav-list")).to_be_visible()

    no_script = browsing.page(viewport=PHONE, java_script_enabled=False)
    no_script.goto("/en/")
    expect(no_script.get_by_role("button", name="Menu", exact=True)).to_be_hidden()
    expect(no_script.locator("#main-nav-list")).to_be_visible()


@pytest.mark.parametrize("width", [375, 320], ids=["375px", "320px (WCAG reflow)"])
def test_no_public_page_scrolls_sideways_on_a_phone(browsing, site_content, width):
    page = browsing.page(**{**PHONE_OPTIONS, "viewport": {"width": width, "height": 740}})
    too_wide = {}
    for name, url in public_pages(site_content).items():
        page.goto(url)
        measured = overflow(page)
        if measured["extra"] > 0:
            too_wide[name] = measured
        toggle = page.get_by_role("button", name="Menu", exact=True)
        if toggle.count():  # the 500 and 503 pages have no menu
            toggle.tap()
            measured = overflow(page)
            if measured["extra"] > 0:
                too_wide[f"{name}, menu open"] = measured
    assert not too_wide, too_wide


def test_a_wide_table_scrolls_in_its_box_also_with_the_keyboard(browsing, site_content):
    page = browsing.page(viewport=PHONE)
    page.goto("/en/news/final-protocol/")
    box = page.locator(".rich-text figure.table")
    assert overflow(page)["extra"] <= 0
    assert box.evaluate("box => box.scrollWidth > box.clientWidth")
    expect(box).to_have_attribute("tabindex", "0")
    box.focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    page.wait_for_function("() => document.querySelector('.rich-text figure.table').scrollLeft > 0")
    page.set_viewport_size(DESKTOP)
    expect(box).not_to_have_attribute("tabindex", "0")
