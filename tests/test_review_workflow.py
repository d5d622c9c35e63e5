"""The review workflow the press office runs on: submit, review, return with a comment, publish or
schedule; who may do what; the bulk actions; the dashboard; and the e-mails, through a real SMTP
server on loopback. Every test acts as real role accounts."""

import html
import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from accounts.models import StaffProfile
from news.models import Article
from pages.models import Page
from workflow.models import Comment

from .factories import ARTICLE_INLINES, PAGE_INLINES, make_article, make_staff, make_translation
from .mailserver import body_of
from .mailserver import smtp_server as smtp_server  # noqa: F401  (a fixture)

pytestmark = pytest.mark.django_db

EN = {"accept-language": "en"}


def staff(role, username, email=""):
    user = make_staff(groups=[role], username=username, first_name=username.capitalize(), email=email)
    client = Client(headers=EN)
    client.force_login(user)
    client.user = user
    return client


def change_url(obj, suffix="change/"):
    return f"/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/{suffix}"


def article_form(article, **overrides):
    local = timezone.localtime(article.publish_at)
    data = {"language": article.language, "title": article.title, "slug": article.slug, "category": article.category_id,
            "body": article.body, "status": article.status, "publish_at_0": local.strftime("%Y-%m-%d"),
            "publish_at_1": local.strftime("%H:%M:%S"), **ARTICLE_INLINES}  # fmt: skip
    data.update(overrides)
    return data


def text_of(response):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


def reload(obj):
    obj.refresh_from_db()
    return obj


# States and actions ---------------------------------------------------------------------------------


def test_press_staff_see_save_draft_and_submit_never_publish_and_editors_see_theirs():
    writer, editor = staff("Press staff", "aylar"), staff("Editors", "merdan")
    draft = make_article(status=Article.Status.DRAFT, author=writer.user)
    own = writer.get(change_url(draft)).content.decode()
    assert "Save draft" in own and "Submit for review" in own
    assert "Publish now" not in own and 'value="schedule"' not in own and "Return with comment" not in own
    editors = editor.get(change_url(draft)).content.decode()
    assert "Publish now" in editors and 'value="schedule"' in editors and "Submit for review" not in editors


def test_a_submitted_article_is_in_review_with_who_and_when_and_read_only_to_its_author():
    writer = staff("Press staff", "aylar")
    draft = make_article(status=Article.Status.DRAFT, author=writer.user)
    response = writer.post(change_url(draft), article_form(draft, _workflow="submit", workflow_comment="Ready."))
    assert response.status_code == 302
    draft = reload(draft)
    assert draft.status == Article.Status.REVIEW and draft.submitted_by == writer.user
    assert draft.status_changed is not None
    assert writer.post(change_url(draft), article_form(draft, title="Changed after submitting")).status_code == 403
    page = text_of(writer.get(change_url(draft)))
    assert "waiting for an editor's review" in page and "In review since" in page and "Ready." in page


def test_an_editor_returns_it_with_a_comment_the_author_sees_it_changes_it_and_submits_again():
    writer, editor = staff("Press staff", "aylar"), staff("Editors", "merdan")
    article = make_article(status=Article.Status.REVIEW, author=writer.user)
    refused = editor.post(change_url(article), article_form(article, _workflow="return"))
    assert refused.status_code == 200 and "returning needs a comment" in text_of(refused)
    returned = editor.post(change_url(article), article_form(article, _workflow="return",
                                                              workflow_comment="Add the opening hours."))  # fmt: skip
    assert returned.status_code == 302 and reload(article).status == Article.Status.RETURNED
    thread = text_of(writer.get(change_url(article)))
    assert "Add the opening hours." in thread and "Returned with a comment" in thread
    fixed = writer.post(change_url(article), article_form(article, title="With the opening hours", _workflow="submit"))
    assert fixed.status_code == 302
    article = reload(article)
    assert article.status == Article.Status.REVIEW and article.title == "With the opening hours"


def test_an_editor_schedules_it_for_a_moment_in_the_future_only():
    editor = staff("Editors", "merdan")
    article = make_article(status=Article.Status.REVIEW)
    past = article_form(article, _workflow="schedule")
    assert editor.post(change_url(article), past).status_code == 200
    assert reload(article).status == Article.Status.REVIEW
    later = timezone.localtime(timezone.now() + timedelta(days=2))
    future = article_form(article, _workflow="schedule", publish_at_0=later.strftime("%Y-%m-%d"),
                          publish_at_1=later.strftime("%H:%M:%S"))  # fmt: skip
    assert editor.post(change_url(article), future).status_code == 302
    article = reload(article)
    assert article.is_scheduled and not article.is_published()


def test_publish_now_puts_it_on_the_site_at_once():
    editor = staff("Editors", "merdan")
    article = make_article(status=Article.Status.REVIEW, publish_at=timezone.now() + timedelta(days=3))
    assert editor.post(change_url(article), article_form(article, _workflow="publish")).status_code == 302
    assert reload(article).is_published()
    assert Client().get(article.get_absolute_url()).status_code == 200


def test_press_staff_cannot_use_the_editors_buttons_by_forging_the_form():
    writer = staff("Press staff", "aylar")
    draft = make_article(status=Article.Status.DRAFT, author=writer.user)
    for action in ("publish", "schedule", "return"):
        response = writer.post(change_url(draft), article_form(draft, _workflow=action, workflow_comment="x"))
        assert response.status_code == 200 and "Only an editor" in text_of(response)
    assert reload(draft).status == Article.Status.DRAFT


def test_press_staff_may_only_look_at_a_colleagues_draft():
    writer, colleague = staff("Press staff", "aylar"), staff("Press staff", "jeren")
    draft = make_article(status=Article.Status.DRAFT, author=colleague.user, title="Jeren's draft")
    page = writer.get(change_url(draft))
    assert page.status_code == 200 and "This is a colleague's draft. Ask an editor" in text_of(page)
    assert writer.post(change_url(draft), article_form(draft, title="Overwritten")).status_code == 403
    assert writer.post(change_url(draft, "delete/"), {"post": "yes"}).status_code == 403
    assert reload(draft).title == "Jeren's draft"
    assert colleague.post(change_url(draft, "delete/"), {"post": "yes"}).status_code == 302


def test_comments_stay_in_the_admin_and_never_reach_the_public():
    editor = staff("Editors", "merdan")
    article = make_article(status=Article.Status.REVIEW, slug="with-comment")
    editor.post(change_url(article), article_form(article, _workflow="publish", workflow_comment="Secret remark"))
    assert Comment.objects.on(article).filter(text="Secret remark").exists()
    for url in (article.get_absolute_url(), "/en/news/", "/en/feeds/news.rss", "/en/search/?q=Secret"):
        assert "Secret remark" not in Client().get(url).content.decode(), url


def test_a_translation_is_reviewed_on_its_own():
    writer = staff("Press staff", "aylar")
    turkmen = make_article(language="tk", status=Article.Status.PUBLISHED, author=writer.user)
    russian = make_translation(turkmen, "ru", status=Article.Status.DRAFT, author=writer.user)
    assert writer.post(change_url(russian), article_form(russian, _workflow="submit")).status_code == 302
    assert reload(russian).status == Article.Status.REVIEW and reload(turkmen).status == Article.Status.PUBLISHED


def test_pages_follow_the_same_workflow():
    writer, editor = staff("Press staff", "aylar"), staff("Editors", "merdan")
    added = writer.post("/admin/pages/page/add/", {"language": "en", "title": "Observers", "slug": "observers",
                        "parent": "", "body": "<p>How to observe.</p>", "menu_order": "0", "_workflow": "submit",
                        **PAGE_INLINES})  # fmt: skip
    assert added.status_code == 302
    page = Page.objects.get(slug="observers")
    assert page.status == Page.Status.REVIEW and page.author == writer.user
    form = {"language": "en", "title": "Observers", "slug": "observers", "parent": "", "body": page.body,
            "status": page.status, "menu_order": "0", "_workflow": "publish", **PAGE_INLINES}  # fmt: skip
    assert editor.post(change_url(page), form).status_code == 302
    assert reload(page).status == Page.Status.PUBLISHED


# Bulk actions ------------------------------------------------------------------------------------------


def test_press_staff_submit_several_of_their_own_drafts_at_once_and_only_those():
    writer, colleague = staff("Press staff", "aylar"), staff("Press staff", "jeren")
    mine = [make_article(status=Article.Status.DRAFT, author=writer.user) for _ in range(2)]
    theirs = make_article(status=Article.Status.DRAFT, author=colleague.user)
    response = writer.post("/admin/news/article/", {"action": "submit_for_review",
                           "_selected_action": [a.pk for a in [*mine, theirs]]}, follow=True)  # fmt: skip
    assert "2 submitted for review." in text_of(response) and "1 was left as it is" in text_of(response)
    assert [reload(a).status for a in mine] == [Article.Status.REVIEW] * 2
    assert reload(theirs).status == Article.Status.DRAFT


def test_only_editors_publish_or_return_several_at_once():
    writer, editor = staff("Press staff", "aylar"), staff("Editors", "merdan")
    waiting = [make_article(status=Article.Status.REVIEW) for _ in range(3)]
    ids = [a.pk for a in waiting]
    actions = writer.get("/admin/news/article/").content.decode()
    assert 'value="publish"' not in actions and 'value="return_with_comment"' not in actions
    writer.post("/admin/news/article/", {"action": "publish", "_selected_action": ids})
    assert all(reload(a).status == Article.Status.REVIEW for a in waiting)
    asked = editor.post("/admin/news/article/", {"action": "return_with_comment", "_selected_action": ids[:2]})
    assert asked.status_code == 200 and "Comment for the authors" in text_of(asked)
    editor.post("/admin/news/article/", {"action": "return_with_comment", "_selected_action": ids[:2], "confirm": "1",
                "workflow_comment": "Shorter titles, please."})  # fmt: skip
    assert [reload(a).status for a in waiting[:2]] == [Article.Status.RETURNED] * 2
    assert Comment.objects.filter(text="Shorter titles, please.").count() == 2
    editor.post("/admin/news/article/", {"action": "publish", "_selected_action": ids[2:]})
    assert reload(waiting[2]).is_published()


# The dashboard -----------------------------------------------------------------------------------------


def test_the_dashboard_shows_each_role_what_needs_its_attention():
    writer, editor = staff("Press staff", "aylar"), staff("Editors", "merdan")
    make_article(title="Waiting for Merdan", status=Article.Status.REVIEW, author=writer.user,
                 status_changed=timezone.now())  # fmt: skip
    make_article(title="Aylar's half-written draft", status=Article.Status.DRAFT, author=writer.user)
    make_article(title="Back to Aylar", status=Article.Status.RETURNED, author=writer.user)
    make_article(title="Coming on Friday", publish_at=timezone.now() + timedelta(days=3))
    make_article(title="Out this morning", publish_at=timezone.now() - timedelta(hours=2), language="tk")
    editors = text_of(editor.get("/admin/"))
    assert "Awaiting my review — articles 1" in editors and "Waiting for Merdan" in editors
    assert "Coming on Friday" in editors and "Out this morning" in editors
    assert "Missing a translation" in editors and "not yet in English" in editors
    writers = text_of(writer.get("/admin/"))
    assert "My drafts — articles 1" in writers and "Aylar's half-written draft" in writers
    assert "Returned to me — articles 1" in writers and "Back to Aylar" in writers
    assert "Awaiting my review" not in writers
    assert 'href="/admin/news/article/?status__exact=review"' in editor.get("/admin/").content.decode()


# Notifications through a real SMTP server ----------------------------------------------------------------


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_whole_round_is_told_by_e_mail_in_each_recipients_language(smtp_server):
    writer = staff("Press staff", "aylar", email="aylar@saylaw.example")
    editor = staff("Editors", "merdan", email="merdan@saylaw.example")
    StaffProfile.objects.update_or_create(user=editor.user, defaults={"language": "ru"})
    StaffProfile.objects.update_or_create(user=writer.user, defaults={"language": "en"})
    article = make_article(status=Article.Status.DRAFT, author=writer.user, title="Polling hours")
    writer.post(change_url(article), article_form(article, _workflow="submit"))
    submitted = smtp_server.wait_for(1)[0]
    assert submitted["X-Envelope-To"] == "merdan@saylaw.example"
    assert re.search("[а-яА-Я]", submitted["Subject"]) and "Polling hours" in submitted["Subject"]
    assert f"/admin/news/article/{article.pk}/change/" in body_of(submitted)
    article = reload(article)
    editor.post(change_url(article), article_form(article, _workflow="return", workflow_comment="Add the map."))
    returned = smtp_server.wait_for(2)[1]
    assert returned["X-Envelope-To"] == "aylar@saylaw.example" and "Add the map." in body_of(returned)
    article = reload(article)
    writer.post(change_url(article), article_form(article, _workflow="submit"))
    smtp_server.wait_for(3)
    later = timezone.localtime(timezone.now() + timedelta(days=1)).replace(hour=9, minute=30, second=0)
    article = reload(article)
    when = {"publish_at_0": later.strftime("%Y-%m-%d"), "publish_at_1": later.strftime("%H:%M:%S")}
    editor.post(change_url(article), article_form(article, _workflow="schedule", **when))
    scheduled = smtp_server.wait_for(4)[3]
    assert scheduled["X-Envelope-To"] == "aylar@saylaw.example"
    assert scheduled["Subject"] == "Scheduled: Polling hours" and "09:30" in body_of(scheduled)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_kind_of_notification_turned_off_is_not_sent(smtp_server):
    writer = staff("Press staff", "aylar", email="aylar@saylaw.example")
    editor = staff("Editors", "merdan", email="merdan@saylaw.example")
    StaffProfile.objects.update_or_create(user=editor.user, defaults={"notify_submitted": False})
    article = make_article(status=Article.Status.DRAFT, author=writer.user)
    writer.post(change_url(article), article_form(article, _workflow="submit"))
    assert smtp_server.wait_for(1, seconds=1) == []
