"""What the content apps write into the audit log, in words: the review workflow's steps, restores,
deletions, figures entered, published and corrected, documents uploaded, and category changes."""

import json
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone, translation

from audit.models import AuditEntry
from history.models import Revision
from news.models import Article

from .factories import make_article, make_category, make_staff
from .test_elections_figures import make_candidates, make_election, make_results
from .test_publish_rule import results_change_form
from .test_review_workflow import article_form, change_url

pytestmark = pytest.mark.django_db


def staff(role, username):
    user = make_staff(groups=[role], username=username)
    client = Client(headers={"accept-language": "en"})
    client.force_login(user)
    client.user = user
    return client


def said(action):
    with translation.override("en"):
        return [entry.text() for entry in AuditEntry.objects.filter(action=action).order_by("sequence")]


def test_each_step_of_the_review_is_in_the_audit_log_in_words():
    writer, editor = staff("Press staff", "aylar"), staff("Editors", "merdan")
    article = make_article(title="Polling hours", status=Article.Status.DRAFT, author=writer.user)
    writer.post(change_url(article), article_form(article, _workflow="submit"))
    assert said("submitted") == ["aylar submitted “Polling hours” for review"]
    article.refresh_from_db()
    editor.post(change_url(article), article_form(article, _workflow="return", workflow_comment="Add the map."))
    assert said("returned") == ["merdan returned “Polling hours” to its author: Add the map."]
    article.refresh_from_db()
    later = timezone.localtime(timezone.now() + timedelta(days=1)).replace(hour=2, minute=0, second=0)
    when = {"publish_at_0": later.strftime("%Y-%m-%d"), "publish_at_1": later.strftime("%H:%M:%S")}
    editor.post(change_url(article), article_form(article, _workflow="schedule", **when))
    (scheduled,) = said("scheduled")
    assert scheduled.startswith("merdan scheduled “Polling hours” for ") and "02:00" in scheduled
    editor.post("/admin/news/article/", {"action": "unpublish", "_selected_action": [article.pk]})
    assert said("unpublished") == ["merdan took “Polling hours” off the site"]
    article.refresh_from_db()
    editor.post(change_url(article), article_form(article, _workflow="publish"))
    assert said("published") == ["merdan published “Polling hours”"]
    editor.post(change_url(article, "delete/"), {"post": "yes"})
    assert said("deleted") == ["merdan deleted “Polling hours”"]


def test_a_restore_names_the_version_in_the_audit_log():
    editor = staff("Editors", "merdan")
    article = make_article(title="First", status=Article.Status.DRAFT)
    article.title = "Second"
    article.save()
    first = Revision.objects.for_object(article).last()
    editor.post(change_url(article, f"versions/{first.pk}/restore/"))
    assert said("restored") == ["merdan restored version 1 of “First”"]


def test_figures_entered_published_and_corrected_keep_the_values_before_and_after():
    editor = staff("Editors", "merdan")
    election = make_election()
    report = make_results(election, make_candidates(election, "A", "B"), {"AH": [600, 400]}, published=False)
    editor.post(change_url(report), results_change_form(report, {("AH", "A"): 610}))
    assert said("figures_entered") == [f"merdan entered figures of “{report}”"]
    report.refresh_from_db()
    editor.post(change_url(report), results_change_form(report, published="on"))
    assert said("figures_published") == [f"merdan published the figures of “{report}”"]
    report.refresh_from_db()
    reason = "Ahal's protocol was misread: 440, not 400."
    editor.post(change_url(report), results_change_form(report, {("AH", "B"): 440}, correction_reason_en=reason))
    (corrected,) = AuditEntry.objects.filter(action="figures_corrected")
    assert ["AH", "B", 400] in corrected.details["before"] and ["AH", "B", 440] in corrected.details["after"]
    assert corrected.details["reason"] == {"en": reason} and corrected.details["version"] == 2
    assert said("figures_corrected") == [f"merdan corrected the published figures of “{report}”"]


def test_document_uploads_and_new_versions_are_in_the_audit_log():
    from elections.models import Document

    from .test_elections_documents import document_form, pdf

    editor = staff("Editors", "merdan")
    editor.post("/admin/elections/document/add/", document_form(file_en=pdf("en v1")))
    (uploaded,) = said("document_uploaded")
    assert uploaded.startswith("merdan uploaded the English file of “") and uploaded.endswith("version 1")
    document = Document.objects.get()
    editor.post(change_url(document), document_form(slug=document.slug, file_en=pdf("en v2"), change_note="Typo"))
    assert said("document_version_uploaded")[0].endswith("version 2")


def test_category_changes_say_which_fields_changed():
    editor = staff("Editors", "merdan")
    category = make_category(name_en="Announcements")
    form = {"name_tk": category.name_tk, "slug_tk": category.slug_tk, "name_ru": category.name_ru,
            "slug_ru": category.slug_ru, "name_en": "Notices", "slug_en": category.slug_en,
            "order": category.order}  # fmt: skip
    editor.post(change_url(category), form)
    (entry,) = AuditEntry.objects.filter(action="category_changed")
    assert entry.details["changes"]["name_en"] == ["Announcements", "Notices"]
    assert said("category_changed") == ["merdan changed the category “Notices”: name_en"]
    assert json.loads(json.dumps(entry.details))  # plain JSON, as the export writes it


def test_an_articles_history_page_tells_what_happened_in_words():
    writer, editor = staff("Press staff", "aylar"), staff("Editors", "merdan")
    article = make_article(title="Polling hours", status=Article.Status.DRAFT, author=writer.user)
    writer.post(change_url(article), article_form(article, _workflow="submit"))
    article.refresh_from_db()
    editor.post(change_url(article), article_form(article, _workflow="publish"))
    page = editor.get(change_url(article, "history/")).content.decode()
    assert "What happened, from the audit log" in page
    assert page.index("merdan published “Polling hours”") < page.index("aylar submitted “Polling hours” for review")
