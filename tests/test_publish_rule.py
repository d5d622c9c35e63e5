"""One publish rule for everything the public sees, tried as each staff role would.

A change to live content is a publication: only holders of a publish permission publish,
unpublish, restore a live version or change a live record. Every test logs in as a real role
account (a user in a group the migrations create), never as a superuser."""

import pytest
from django.utils import timezone

from elections.models import ResultFigure, ResultReport, TurnoutReport
from history.models import Revision
from news.models import Article, Category
from pages.models import Page

from .factories import ARTICLE_INLINES, PAGE_INLINES, make_article, make_category, make_image, make_page, make_staff
from .test_elections_figures import errors_of, make_candidates, make_election, make_results, regions, turnout_form

pytestmark = pytest.mark.django_db

EN = {"accept-language": "en"}


def login(client, role):
    client.force_login(make_staff(groups=[role]))
    return client


def change_url(obj, suffix="change/"):
    return f"/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/{suffix}"


def results_change_form(report, votes=None, **fields):
    """The results grid as the browser sends it for a saved report, with the stored figures but for
    `votes` {(region code, candidate's English name): n}."""
    data = {
        "election": report.election_id,
        "stage": report.stage,
        "reported_at_0": timezone.localtime(report.reported_at).strftime("%Y-%m-%d"),
        "reported_at_1": timezone.localtime(report.reported_at).strftime("%H:%M:%S"),
    }
    if report.published:
        data["published"] = "on"
    for protocol in report.protocols.all():
        for name in ("registered", "ballots_cast", "invalid"):
            data[f"grid-{protocol.region_id}-{name}"] = str(getattr(protocol, name))
    for figure in report.figures.select_related("region", "candidate"):
        votes_now = (votes or {}).get((figure.region.code, figure.candidate.name_en), figure.votes)
        data[f"grid-{figure.region_id}-c{figure.candidate_id}"] = str(votes_now)
    data.update(fields)
    return data


def final_result(published=True):
    election = make_election(status="results")
    candidates = make_candidates(election, "A", "B")
    return make_results(election, candidates, {"AH": [600, 400], "MR": [300, 100]}, published=published)


def votes_of(report):
    return sorted(ResultFigure.objects.filter(report=report).values_list("region__code", "candidate__name_en", "votes"))


# Results and turnout ---------------------------------------------------------------------------------


def test_press_staff_cannot_change_the_figures_of_a_published_final_result(client):
    report = final_result()
    before = votes_of(report)
    login(client, "Press staff")
    page = client.get(change_url(report), headers=EN)
    assert page.status_code == 200
    assert 'name="grid-' not in page.content.decode() and ">600<" in page.content.decode()  # shown, not editable
    response = client.post(change_url(report), results_change_form(report, {("AH", "A"): 100_600}))
    assert response.status_code == 403
    assert votes_of(report) == before


def test_press_staff_cannot_unpublish_or_delete_a_published_report(client):
    report = final_result()
    login(client, "Press staff")
    assert client.post(change_url(report), results_change_form(report, published="")).status_code == 403
    assert client.post(change_url(report, "delete/"), {"post": "yes"}).status_code == 403
    report.refresh_from_db()
    assert report.published


def test_turnout_entered_by_press_staff_is_saved_unpublished_whatever_the_form_says(client):
    election = make_election()
    by_code = regions()
    login(client, "Press staff")
    form = client.get("/admin/elections/turnoutreport/add/", headers=EN).content.decode()
    assert 'name="published"' not in form
    data = turnout_form(election, [(by_code["AH"], "1000", "1000")])  # "100.0%", ticked as published
    response = client.post("/admin/elections/turnoutreport/add/", data)
    assert response.status_code == 302, errors_of(response)
    report = TurnoutReport.objects.get(election=election)
    assert not report.published
    assert "100.00" not in client.get(election.get_absolute_url("en")).content.decode()


def test_reports_are_unpublished_until_someone_publishes_them():
    election = make_election()
    assert not TurnoutReport.objects.create(election=election).published
    assert not ResultReport.objects.create(election=election).published


def test_editor_publishes_figures_that_press_staff_entered(client):
    report = final_result(published=False)
    login(client, "Press staff")
    response = client.post(change_url(report), results_change_form(report, {("AH", "A"): 650}))
    assert response.status_code == 302, errors_of(response)
    report.refresh_from_db()
    assert not report.published and ("AH", "A", 650) in votes_of(report)
    client.logout()
    login(client, "Editors")
    response = client.post(change_url(report), results_change_form(report, published="on"))
    assert response.status_code == 302, errors_of(response)
    report.refresh_from_db()
    assert report.published
    assert "650" in client.get(report.election.get_absolute_url("en")).content.decode()


def test_every_change_to_figures_keeps_the_previous_values_as_a_version(client):
    report = final_result()
    login(client, "Editors")
    client.post(change_url(report), results_change_form(report))  # the first version through the admin
    response = client.post(
        change_url(report), results_change_form(report, {("AH", "A"): 610}, correction_reason_en="Ahal recounted")
    )
    assert response.status_code == 302, errors_of(response)
    revisions = list(Revision.objects.for_object(report))
    older = next(r for r in revisions if {"region": regions()["AH"].pk, "candidate": r.data["figures"][0]["candidate"],
                                          "votes": 600} in r.data["figures"])  # fmt: skip
    assert revisions[0].data != older.data
    compare = client.get(change_url(report, f"versions/compare/?a={older.pk}&b={revisions[0].pk}"), headers=EN)
    text = compare.content.decode()
    assert "votes by region" in text.lower()
    assert "600" in text and "610" in text


def test_restoring_a_version_of_results_brings_back_its_figures(client):
    report = final_result(published=False)
    login(client, "Press staff")
    client.post(change_url(report), results_change_form(report))
    client.post(change_url(report), results_change_form(report, {("MR", "B"): 299}))
    assert ("MR", "B", 299) in votes_of(report)
    before = list(Revision.objects.for_object(report))[1]  # the version the change replaced
    response = client.post(change_url(report, f"versions/{before.pk}/restore/"))
    assert response.status_code == 302
    assert ("MR", "B", 100) in votes_of(report) and ("MR", "B", 299) not in votes_of(report)


# Commission pages ------------------------------------------------------------------------------------


def page_form(page, **overrides):
    data = {
        "language": page.language,
        "title": page.title,
        "slug": page.slug,
        "parent": page.parent_id or "",
        "body": page.body,
        "status": page.status,
        "menu_order": page.menu_order,
        **PAGE_INLINES,
    }
    if page.show_in_menu:
        data["show_in_menu"] = "on"
    data.update(overrides)
    return data


def test_press_staff_cannot_rewrite_a_live_page(client):
    contacts = make_page(title="Contacts", slug="contacts", body="<p>Call 12-34-56.</p>")
    login(client, "Press staff")
    forged = page_form(contacts, body='<p>Vote by SMS: <a href="https://evil.example">here</a></p>')
    assert client.post(change_url(contacts), forged).status_code == 403
    contacts.refresh_from_db()
    assert "SMS" not in contacts.body
    assert "SMS" not in client.get(contacts.get_absolute_url()).content.decode()


def test_press_staff_edit_a_draft_page_but_cannot_publish_it(client):
    writer = make_staff(groups=["Press staff"])
    draft = make_page(title="Draft", status=Page.Status.DRAFT, author=writer)
    client.force_login(writer)
    response = client.post(change_url(draft), page_form(draft, body="<p>New text.</p>", status="published"))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.body == "<p>New text.</p>" and draft.status == Page.Status.DRAFT


def test_press_staff_cannot_reorder_the_menu(client):
    about = make_page(title="About", show_in_menu=True, menu_order=1)
    contacts = make_page(title="Contacts", show_in_menu=True, menu_order=2)
    login(client, "Press staff")
    listing = client.get("/admin/pages/page/", headers=EN).content.decode()
    assert 'name="form-0-menu_order"' not in listing
    client.post(
        "/admin/pages/page/",
        {"form-TOTAL_FORMS": "2", "form-INITIAL_FORMS": "2", "form-0-id": str(contacts.pk), "form-0-menu_order": "0",
         "form-1-id": str(about.pk), "form-1-menu_order": "9", "_save": "Save"},
    )  # fmt: skip
    assert list(Page.objects.order_by("menu_order").values_list("title", flat=True)) == ["About", "Contacts"]


def test_press_staff_cannot_restore_a_version_of_a_live_page(client):
    page = make_page(body="<p>First.</p>")
    page.body = "<p>Second.</p>"
    page.save()
    first = list(Revision.objects.for_object(page))[-1]
    login(client, "Press staff")
    assert client.post(change_url(page, f"versions/{first.pk}/restore/")).status_code == 403
    page.refresh_from_db()
    assert page.body == "<p>Second.</p>"


def test_press_staff_cannot_move_a_draft_page_that_has_live_pages_under_it(client):
    writer = make_staff(groups=["Press staff"])
    parent = make_page(title="About", slug="about", status=Page.Status.DRAFT, author=writer)
    child = make_page(title="Members", slug="members", parent=parent)
    client.force_login(writer)
    response = client.post(change_url(parent), page_form(parent, slug="gone"), headers=EN)
    assert response.status_code == 200
    assert "changes the address of published pages under it" in errors_of(response) + response.content.decode()
    child.refresh_from_db()
    assert child.path == "about/members"


def test_editor_publishes_and_unpublishes_pages(client):
    draft = make_page(status=Page.Status.DRAFT)
    login(client, "Editors")
    assert client.post(change_url(draft), page_form(draft, status="published")).status_code == 302
    draft.refresh_from_db()
    assert draft.status == Page.Status.PUBLISHED
    assert client.post(change_url(draft), page_form(draft, status="draft")).status_code == 302
    client.logout()
    assert client.get(draft.get_absolute_url()).status_code == 404


# Categories ------------------------------------------------------------------------------------------


def test_only_editors_create_or_rename_categories(client):
    category = make_category(name_en="Announcements")
    login(client, "Press staff")
    form = {"name_en": "Fake news", "slug_en": "fake", "order": "1"}
    assert client.post("/admin/news/category/add/", form).status_code == 403
    assert client.post(change_url(category), form).status_code == 403
    category.refresh_from_db()
    assert category.name_en == "Announcements"
    client.logout()
    login(client, "Editors")
    assert client.post(change_url(category), {**form, "name_en": "Notices"}).status_code == 302
    assert Category.objects.get(pk=category.pk).name_en == "Notices"


# Galleries and documents follow their article or page ------------------------------------------------


def article_form(article, **overrides):
    data = {
        "language": article.language,
        "title": article.title,
        "slug": article.slug,
        "category": article.category_id,
        "body": article.body,
        "status": article.status,
        "publish_at_0": article.publish_at.strftime("%Y-%m-%d"),
        "publish_at_1": article.publish_at.strftime("%H:%M:%S"),
        **ARTICLE_INLINES,
    }
    data.update(overrides)
    return data


def with_photo(data):
    image = make_image(description_en="Polling station")
    return {**data, "photos-TOTAL_FORMS": "1", "photos-0-image": str(image.pk), "photos-0-order": "1"}


def test_press_staff_add_photos_to_their_draft_article(client):
    writer = make_staff(groups=["Press staff"])
    draft = make_article(status=Article.Status.DRAFT, author=writer)
    client.force_login(writer)
    form = client.get(change_url(draft), headers=EN).content.decode()
    assert 'name="photos-TOTAL_FORMS"' in form
    response = client.post(change_url(draft), with_photo(article_form(draft)))
    assert response.status_code == 302, errors_of(response)
    assert draft.photos.count() == 1


def test_press_staff_cannot_add_photos_or_documents_to_a_live_article(client):
    live = make_article()
    login(client, "Press staff")
    assert client.post(change_url(live), with_photo(article_form(live))).status_code == 403
    assert live.photos.count() == 0


def test_editors_manage_the_gallery_of_a_live_article(client):
    live = make_article()
    login(client, "Editors")
    response = client.post(change_url(live), with_photo(article_form(live)))
    assert response.status_code == 302, errors_of(response)
    assert live.photos.count() == 1


def test_press_staff_add_documents_to_a_draft_page_they_may_edit(client):
    writer = make_staff(groups=["Press staff"])
    draft = make_page(status=Page.Status.DRAFT, author=writer)
    client.force_login(writer)
    form = client.get(change_url(draft), headers=EN).content.decode()
    assert 'name="attachments-TOTAL_FORMS"' in form


# Translations --------------------------------------------------------------------------------------


def test_adding_a_translation_in_a_language_that_exists_keeps_the_typed_text_with_a_message(client):
    article = make_article(language="en", status=Article.Status.DRAFT)
    login(client, "Press staff")
    url = f"/admin/news/article/add/?translation_of={article.pk}&language=en"
    typed = article_form(article, slug="another-slug", title="A long typed title", body="<p>Typed with care.</p>")
    response = client.post(url, typed, headers=EN)
    assert response.status_code == 200
    assert "There is already a English version" in errors_of(response)
    page = response.content.decode()
    assert "A long typed title" in page and "Typed with care." in page
    assert Article.objects.count() == 1
