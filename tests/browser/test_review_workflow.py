"""The review round in a browser, as the press office works it: a writer submits, an editor finds it on
the dashboard and returns it with a comment, the writer reads the comment and submits again, the
editor schedules it, and the writer is told by e-mail (through a real SMTP server on loopback)."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from news.models import Article
from tests.factories import make_article, make_staff
from tests.mailserver import body_of
from tests.mailserver import smtp_server as smtp_server  # noqa: F401  (a fixture)

from .conftest import axe_violations, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_a_writer_and_an_editor_take_an_article_from_draft_to_scheduled(browsing, smtp_server):
    writer = make_staff(groups=["Press staff"], username="aylar", first_name="Aylar", email="aylar@saylaw.example")
    editor = make_staff(groups=["Editors"], username="merdan", first_name="Merdan", email="merdan@saylaw.example")
    article = make_article(title="Polling hours on Sunday", slug="polling-hours", status=Article.Status.DRAFT,
                           author=writer)  # fmt: skip
    change = f"/admin/news/article/{article.pk}/change/"

    writers = browsing.page(user=writer)
    writers.goto(change)
    expect(writers.get_by_role("button", name="Publish now")).to_have_count(0)
    writers.get_by_label("Comment for the editors").fill("Ready for the Sunday edition.")
    writers.get_by_role("button", name="Submit for review").click()
    expect(writers.locator(".messagelist")).to_contain_text("was changed successfully")
    assert smtp_server.wait_for(1)[0]["X-Envelope-To"] == "merdan@saylaw.example"

    editors = browsing.page(user=editor)
    editors.goto("/admin/")
    panel = editors.locator(".dashboard-attention__panel", has_text="Awaiting my review")
    expect(panel).to_contain_text("Polling hours on Sunday")
    screenshot(editors, "admin-dashboard-editor")
    assert axe_violations(editors, "admin dashboard (editor)") == []
    panel.get_by_role("link", name="Polling hours on Sunday").click()
    expect(editors.locator(".workflow-thread")).to_contain_text("Ready for the Sunday edition.")
    editors.get_by_label("Comment (needed to return it to the author)").fill("Add the hours for villages.")
    editors.get_by_role("button", name="Return with comment").click()
    expect(editors.locator(".messagelist")).to_contain_text("was changed successfully")
    returned = smtp_server.wait_for(2)[1]
    assert returned["X-Envelope-To"] == "aylar@saylaw.example" and "Add the hours for villages." in body_of(returned)

    writers.goto("/admin/")
    writers.locator(".dashboard-attention__panel", has_text="Returned to me").get_by_role(
        "link", name="Polling hours on Sunday"
    ).click()
    expect(writers.locator(".workflow-thread")).to_contain_text("Add the hours for villages.")
    writers.get_by_label("Title:").fill("Polling hours on Sunday, in towns and villages")
    writers.get_by_role("button", name="Submit for review").click()
    expect(writers.locator(".messagelist")).to_contain_text("was changed successfully")
    smtp_server.wait_for(3)

    editors.goto(change)
    later = timezone.localtime(timezone.now() + timedelta(days=2)).replace(hour=8, minute=0, second=0)
    editors.locator("#id_publish_at_0").fill(later.strftime("%Y-%m-%d"))
    editors.locator("#id_publish_at_1").fill(later.strftime("%H:%M:%S"))
    editors.get_by_role("button", name="Schedule").click()
    expect(editors.locator(".messagelist")).to_contain_text("was changed successfully")
    article.refresh_from_db()
    assert article.is_scheduled and article.title == "Polling hours on Sunday, in towns and villages"

    told = smtp_server.wait_for(4)[3]
    assert told["X-Envelope-To"] == "aylar@saylaw.example"
    assert told["Subject"].strip().endswith(": Polling hours on Sunday, in towns and villages")  # in her language
    assert re.search(r"08:00", body_of(told))
    assert browsing.page().goto("/en/news/polling-hours/").status == 404  # not before its time
