"""The page frame (header, menu, language switcher, footer) is in the page's language."""

import pytest
from django.utils import timezone

pytestmark = pytest.mark.django_db


def test_header_and_footer_are_in_the_page_language(client):
    english, russian = client.get("/en/").content.decode(), client.get("/ru/").content.decode()
    assert 'action="/en/search/"' in english and 'action="/ru/search/"' in russian
    assert "Skip to main content" in english and "Skip to main content" not in russian


def test_footer_shows_this_year(client):
    assert f"© {timezone.localdate().year} " in client.get("/en/").content.decode()
