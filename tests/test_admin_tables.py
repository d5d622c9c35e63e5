"""The boxes in the rows of the admin's tables (candidates, documents, gallery photos) have accessible
names: Django writes a field's label only as its column heading."""

from html.parser import HTMLParser

import pytest

from elections.models import Candidate
from news.models import Article, ArticleAttachment, ArticlePhoto

from .factories import document_pdf, make_article, make_image, make_staff
from .test_elections import make_election

pytestmark = pytest.mark.django_db


class Boxes(HTMLParser):
    """The aria-label (or None) of every input, select and textarea of a page, by name."""

    def __init__(self):
        super().__init__()
        self.labels = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("input", "select", "textarea") and attrs.get("type") != "hidden" and "name" in attrs:
            self.labels[attrs["name"]] = attrs.get("aria-label")


def labels_of(response):
    boxes = Boxes()
    boxes.feed(response.content.decode())
    return boxes.labels


def test_an_editor_hears_the_column_name_in_each_box_of_the_candidates_table(client):
    election = make_election()
    Candidate.objects.create(election=election, name_tk="Aman Amanow", order=1)
    client.force_login(make_staff(groups=["Editors"]))
    labels = labels_of(
        client.get(f"/admin/elections/election/{election.pk}/change/", headers={"accept-language": "en"})
    )
    assert labels["candidates-0-name_tk"] == "Name (Turkmen)"
    assert labels["candidates-0-name_en"] == "Name (English)"
    assert labels["candidates-0-order"] == "Order"
    assert labels["candidates-0-DELETE"] == "Delete"


def test_press_staff_hear_the_column_name_in_each_box_of_an_articles_documents_and_gallery(client):
    press = make_staff(groups=["Press staff"])
    article = make_article(status=Article.Status.DRAFT, author=press)
    ArticleAttachment.objects.create(article=article, title="Calendar", file=document_pdf(), order=1)
    ArticlePhoto.objects.create(article=article, image=make_image(description_en="The hall"), caption="", order=1)
    client.force_login(press)
    labels = labels_of(client.get(f"/admin/news/article/{article.pk}/change/", headers={"accept-language": "en"}))
    assert labels["attachments-0-title"] == "Title"
    assert labels["attachments-0-file"] == "File"
    assert labels["attachments-0-order"] == "Order"
    assert labels["photos-0-caption"] == "Caption"
    assert labels["photos-0-alt"] == "Description in the article’s language"
