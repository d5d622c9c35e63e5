import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.models import Page

from .factories import make_page, make_staff

pytestmark = pytest.mark.django_db


def test_page_is_served_at_its_path_with_breadcrumbs_and_children(client):
    about = make_page(title="About the Commission", slug="about")
    members = make_page(title="Members", slug="members", parent=about)
    make_page(title="Chairman", slug="chairman", parent=members)
    assert members.path == "about/members"
    response = client.get("/en/about/members/")
    body = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Members</h1>" in body
    assert 'href="/en/about/">About the Commission</a>' in body
    assert 'href="/en/about/members/chairman/">Chairman</a>' in body


def test_renaming_a_parent_moves_its_children(client):
    about = make_page(slug="about")
    members = make_page(slug="members", parent=about)
    about.slug = "commission"
    about.save()
    members.refresh_from_db()
    assert members.path == "commission/members"
    assert client.get("/en/commission/members/").status_code == 200
    assert client.get("/en/about/members/").status_code == 404


def test_draft_page_is_hidden_from_the_public_and_previewed_by_staff(client):
    make_page(slug="draft-page", status=Page.Status.DRAFT)
    assert client.get("/en/draft-page/").status_code == 404
    client.force_login(make_staff())
    response = client.get("/en/draft-page/")
    assert response.status_code == 200
    assert "Preview: this is not visible to the public yet." in response.content.decode()


def test_unknown_page_is_a_helpful_404(client):
    response = client.get("/en/no/such/page/")
    assert response.status_code == 404
    assert "There is no page at this address" in response.content.decode()
    assert 'href="/en/news/"' in response.content.decode()


def test_top_level_page_cannot_take_a_reserved_or_language_slug():
    for slug in ("news", "ru", "admin"):
        with pytest.raises(ValidationError):
            Page(language="en", title="x", slug=slug).full_clean()


def test_parent_must_be_in_the_same_language():
    parent = make_page(language="ru", slug="o-komissii")
    with pytest.raises(ValidationError) as error:
        Page(language="en", title="x", slug="members", parent=parent).full_clean()
    assert "parent" in error.value.message_dict


def test_page_cannot_be_moved_under_its_own_child():
    about = make_page(slug="about")
    members = make_page(slug="members", parent=about)
    about.parent = members
    with pytest.raises(ValidationError):
        about.full_clean()


def test_menu_lists_published_top_level_menu_pages_in_order(client):
    make_page(title="Contacts", slug="contacts", show_in_menu=True, menu_order=4)
    make_page(title="About", slug="about", show_in_menu=True, menu_order=1)
    make_page(title="Hidden", slug="hidden", show_in_menu=False)
    make_page(title="Draft", slug="draft", show_in_menu=True, status=Page.Status.DRAFT)
    make_page(title="Об", slug="ob", show_in_menu=True, language="ru")
    body = client.get("/en/").content.decode()
    menu = body.split('id="main-nav-list"')[1].split("</ul>")[0]
    assert menu.index("About") < menu.index("Contacts")
    assert "Hidden" not in menu and "Draft" not in menu and "Об" not in menu


def test_menu_is_cached_and_refreshed_when_a_page_is_saved(client):
    page = make_page(title="About", slug="about", show_in_menu=True)
    client.get("/en/news/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/news/")
    assert not [q for q in queries.captured_queries if "pages_page" in q["sql"]]
    page.title = "About us"
    page.save()
    assert "About us" in client.get("/en/news/").content.decode()
