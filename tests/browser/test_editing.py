"""Nothing typed is lost, and nobody overwrites a colleague without knowing it: two editors in two
browser contexts, closed tabs, a server gone away, ended sessions, form errors and restores."""

import re

import pytest
from django.contrib.sessions.models import Session
from playwright.sync_api import expect

from history.models import Revision
from news.models import Article
from tests.factories import image_bytes, make_article, make_staff

from .conftest import PASSWORD, axe_violations, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture(autouse=True)
def _quick_heartbeat(settings):
    settings.EDITING_HEARTBEAT_SECONDS = 1


def change_url(article):
    return f"/admin/news/article/{article.pk}/change/"


def body_editor(page):
    editable = page.locator(".field-body .ck-editor__editable")
    expect(editable).to_be_visible()
    return editable


def type_in_body(page, text):
    body_editor(page).click()
    page.keyboard.press("Control+End")
    page.keyboard.type(text)


def draft(author=None):
    return make_article(
        title="Voter lists are open",
        slug="voter-lists",
        status=Article.Status.DRAFT,
        body="<p>Lists are open.</p>",
        author=author,
    )


def two_editors(browsing):
    aylar = make_staff(groups=["Editors"], username="aylar", first_name="Aylar")
    merdan = make_staff(groups=["Editors"], username="merdan", first_name="Merdan")
    return browsing.page(user=aylar), browsing.page(user=merdan)


def open_form(page, article):
    page.goto(change_url(article))
    body_editor(page)
    return page


def conflict_after_merdan_changed_the_title(browsing, article):
    aylars, merdans = two_editors(browsing)
    open_form(aylars, article)
    open_form(merdans, article)
    merdans.get_by_label("Title:").fill("Voter lists are open until Friday")
    merdans.get_by_role("button", name="Save", exact=True).click()
    expect(merdans.locator(".messagelist")).to_contain_text("was changed successfully")
    type_in_body(aylars, " Bring your passport.")
    aylars.get_by_role("button", name="Save", exact=True).click()
    expect(aylars.locator(".editing-conflict")).to_contain_text("Merdan saved this at")
    return aylars, merdans


# Two people on one article ----------------------------------------------------------------------------


def test_a_conflict_shows_both_versions_and_keep_mine_saves_mine(browsing):
    article = draft()
    aylars, _merdans = conflict_after_merdan_changed_the_title(browsing, article)
    conflict = aylars.locator(".editing-conflict")
    expect(conflict.locator("table")).to_contain_text("until Friday")
    expect(conflict.locator("table")).to_contain_text("Bring your passport.")
    expect(body_editor(aylars)).to_contain_text("Bring your passport.")
    screenshot(aylars, "admin-edit-conflict")
    assert axe_violations(aylars, "admin edit conflict") == []
    article.refresh_from_db()
    assert "passport" not in article.body
    conflict.get_by_role("button", name="Keep mine").click()
    expect(aylars.locator(".messagelist")).to_contain_text("was changed successfully")
    article.refresh_from_db()
    assert "Bring your passport." in article.body and article.title == "Voter lists are open"
    assert "Voter lists are open until Friday" in [r.data["title"] for r in Revision.objects.for_object(article)]


def test_take_theirs_opens_their_version_and_offers_mine_back(browsing):
    article = draft()
    aylars, _merdans = conflict_after_merdan_changed_the_title(browsing, article)
    aylars.get_by_role("link", name="Take theirs").click()
    expect(aylars.get_by_label("Title:")).to_have_value("Voter lists are open until Friday")
    offer = aylars.locator("#editing-offer")
    expect(offer).to_contain_text("You have unsaved changes from")
    expect(body_editor(aylars)).not_to_contain_text("passport")
    offer.get_by_role("button", name="Restore them").click()
    expect(body_editor(aylars)).to_contain_text("Bring your passport.")


def test_the_merge_is_edited_by_hand_and_saved_with_both_changes(browsing):
    article = draft()
    aylars, _merdans = conflict_after_merdan_changed_the_title(browsing, article)
    aylars.get_by_label("Title:").fill("Voter lists are open until Friday")
    aylars.get_by_role("button", name="Save", exact=True).click()
    expect(aylars.locator(".messagelist")).to_contain_text("was changed successfully")
    article.refresh_from_db()
    assert article.title == "Voter lists are open until Friday" and "Bring your passport." in article.body


def test_editors_see_who_else_is_editing_and_that_a_colleague_saved(browsing):
    article = draft()
    aylars, merdans = two_editors(browsing)
    open_form(aylars, article)
    open_form(merdans, article)
    expect(merdans.locator("#editing-status")).to_contain_text(
        re.compile(r"Aylar is also editing this article \(since \d\d:\d\d\)")
    )
    expect(aylars.locator("#editing-status")).to_contain_text("Merdan is also editing this article")
    merdans.get_by_label("Title:").fill("Changed by Merdan")
    merdans.get_by_role("button", name="Save", exact=True).click()
    status = aylars.locator("#editing-status")
    expect(status).to_contain_text(re.compile(r"Merdan saved a newer version at \d\d:\d\d\."))
    expect(status.get_by_role("link", name="See it in the versions")).to_have_attribute(
        "href", f"/admin/news/article/{article.pk}/versions/"
    )
    merdans.close()
    expect(aylars.locator("#editing-status")).not_to_contain_text("Merdan is also editing", timeout=60_000)


# Nothing typed is lost ---------------------------------------------------------------------------------


def test_what_was_typed_is_offered_back_after_the_tab_was_closed(browsing):
    writer = make_staff(groups=["Press staff"], username="writer")
    article = draft(author=writer)
    page = open_form(browsing.page(user=writer), article)
    with page.expect_response("**/editing/unsaved/") as kept:
        page.get_by_label("Title:").fill("Voter lists are open, with a new title")
        type_in_body(page, " Half a sentence")
    assert kept.value.status == 200
    page.close()
    again = open_form(browsing.page(user=writer), article)  # another browser profile: the server's copy
    offer = again.locator("#editing-offer")
    expect(offer).to_contain_text(re.compile(r"You have unsaved changes from \d\d:\d\d"))
    offer.get_by_role("button", name="Restore them").click()
    expect(again.get_by_label("Title:")).to_have_value("Voter lists are open, with a new title")
    expect(body_editor(again)).to_contain_text("Half a sentence")
    expect(again.locator("#editing-restored")).to_be_focused()


def test_a_local_copy_keeps_the_text_when_the_server_cannot_be_reached(browsing):
    article = draft()
    page = open_form(browsing.page(user=make_staff(groups=["Editors"])), article)
    page.route(re.compile(r"/editing/(unsaved|presence)/$"), lambda route: route.abort())
    type_in_body(page, " Typed while the network was down")
    stored = f"commission-editing:news.article:{article.pk}"
    page.wait_for_function("key => (localStorage.getItem(key) || '').includes('network')", arg=stored)
    page.unroute(re.compile(r"/editing/(unsaved|presence)/$"))
    second = page.context.new_page()
    browsing.watch(second)
    page.close()
    open_form(second, article)
    second.locator("#editing-offer").get_by_role("button", name="Restore them").click()
    expect(body_editor(second)).to_contain_text("Typed while the network was down")


def test_leaving_a_form_with_unsaved_changes_asks_first(browsing):
    article = draft()
    page = open_form(browsing.page(user=make_staff(groups=["Editors"])), article)
    type_in_body(page, " Not saved yet")
    asked = []

    def answer(dialog):
        asked.append(dialog.type)
        dialog.dismiss()  # stay on the page

    page.on("dialog", answer)
    page.get_by_role("link", name="Home").first.click()
    page.wait_for_timeout(500)
    assert asked == ["beforeunload"]
    expect(body_editor(page)).to_contain_text("Not saved yet")


def test_a_session_that_ended_while_typing_brings_the_editor_back_to_the_form_with_the_text(browsing):
    article = draft()
    make_staff(groups=["Editors"], username="aylar")
    page = browsing.page()
    page.goto(f"/admin/login/?next={change_url(article)}")
    page.get_by_label("Username").fill("aylar")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    body_editor(page)
    page.get_by_label("Title:").fill("Typed before the session ended")
    type_in_body(page, " and this sentence too")
    # The session expires on the server before the page's heartbeat (one a second here) or its
    # kept draft can notice: their requests are lost on the network from now on, and the session
    # ends once a heartbeat has been lost (the one before it has had a second to finish).
    editing_requests = re.compile(r"/editing/(unsaved|presence)/$")
    page.route(editing_requests, lambda route: route.abort())
    with page.expect_event("requestfailed", lambda request: "/editing/presence/" in request.url):
        pass
    Session.objects.all().delete()
    page.get_by_role("button", name="Save", exact=True).click()
    page.wait_for_url("**/admin/login/**")
    page.unroute(editing_requests)
    page.get_by_label("Username").fill("aylar")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"**{change_url(article)}")
    expect(page.locator("#editing-restored")).to_contain_text("What you typed before has been put back")
    expect(page.get_by_label("Title:")).to_have_value("Typed before the session ended")
    expect(body_editor(page)).to_contain_text("and this sentence too")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    article.refresh_from_db()
    assert article.title == "Typed before the session ended" and "this sentence too" in article.body


def test_a_log_out_in_another_tab_keeps_the_form_and_saves_after_logging_in_again(browsing):
    article = draft()
    make_staff(groups=["Editors"], username="aylar")
    form = browsing.page()
    form.goto(f"/admin/login/?next={change_url(article)}")
    form.get_by_label("Username").fill("aylar")
    form.get_by_label("Password").fill(PASSWORD)
    form.get_by_role("button", name="Log in").click()
    body_editor(form)
    other = form.context.new_page()
    browsing.watch(other)
    other.goto("/admin/")
    other.get_by_role("button", name="Log out").click()
    type_in_body(form, " Written after the other tab logged out")
    notice = form.locator("#editing-logged-out")
    expect(notice).to_be_visible()
    form.get_by_role("button", name="Save", exact=True).click()
    expect(form).to_have_url(re.compile(re.escape(change_url(article)) + "$"))  # held back, nothing lost
    other.goto(f"/admin/login/?next={change_url(article)}")
    other.get_by_label("Username").fill("aylar")
    other.get_by_label("Password").fill(PASSWORD)
    other.get_by_role("button", name="Log in").click()
    expect(notice).to_be_hidden()
    form.get_by_role("button", name="Save", exact=True).click()
    expect(form.locator(".messagelist")).to_contain_text("was changed successfully")
    article.refresh_from_db()
    assert "Written after the other tab logged out" in article.body


def test_the_chosen_cover_is_kept_across_a_form_error(browsing):
    writer = make_staff(groups=["Press staff"])
    article = draft(author=writer)
    page = open_form(browsing.page(user=writer), article)
    cover = {"name": "queue.png", "mimeType": "image/png", "buffer": image_bytes("PNG", size=(800, 450))}
    page.get_by_label("Upload a new cover:").set_input_files(cover)
    page.get_by_label("Cover description in the article’s language:").fill("Voters queue at dawn")
    page.get_by_label("Title:").fill("")
    page.locator("#id_title").evaluate("input => input.removeAttribute('required')")
    page.get_by_role("button", name="Save draft", exact=True).click()
    expect(page.locator(".field-title .errorlist")).to_contain_text("This field is required")
    expect(page.locator(".field-cover_upload")).to_contain_text("Kept: queue.png")
    expect(page.get_by_label("Cover description in the article’s language:")).to_have_value("Voters queue at dawn")
    page.get_by_label("Title:").fill("Voter lists are open")
    page.get_by_role("button", name="Save draft", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    article.refresh_from_db()
    assert article.cover_image and article.cover_alt == "Voters queue at dawn"


def test_an_empty_body_is_refused(browsing):
    article = draft()
    page = open_form(browsing.page(user=make_staff(groups=["Editors"])), article)
    body_editor(page).click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.type("   ")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".field-body .errorlist")).to_contain_text("This field is required")
    article.refresh_from_db()
    assert article.body == "<p>Lists are open.</p>"


def test_restoring_an_older_version_keeps_a_live_article_live(browsing):
    editor = make_staff(groups=["Editors"])
    article = make_article(title="Draft title", slug="live-one", status=Article.Status.DRAFT)
    page = open_form(browsing.page(user=editor), article)
    page.get_by_label("Title:").fill("Published title")
    page.get_by_label("Status:").select_option("published")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    page.get_by_role("link", name=re.compile(r"Versions \(2\)")).click()
    page.get_by_role("link", name="Restore this version").click()
    expect(page.locator("#content-main")).to_contain_text("keeps the record public (live)")
    page.get_by_role("button", name="Yes, restore this version").click()
    expect(page.locator(".messagelist")).to_contain_text("Version 1 was restored as version 3")
    article.refresh_from_db()
    assert article.title == "Draft title" and article.status == Article.Status.PUBLISHED
    assert browsing.page().goto("/en/news/live-one/").status == 200
