"""The page frame's parts that are the same on every page of a language are rendered once per worker."""

import pytest
from django.template import Context, Template
from django.test import override_settings
from django.utils import translation

from commission_site.templatetags import site_tags

COUNTED = Template('{% load site_tags %}{% sitewide "counted" extra %}{{ counter.next }}{% endsitewide %}')


class Counter:
    def __init__(self):
        self.calls = 0

    def next(self):
        self.calls += 1
        return self.calls


def render(counter, language="en", extra=""):
    with translation.override(language):
        return COUNTED.render(Context({"counter": counter, "extra": extra}))


def test_sitewide_part_is_rendered_once_per_language_and_value(monkeypatch):
    monkeypatch.setattr(site_tags, "_sitewide", {})
    counter = Counter()
    assert [render(counter), render(counter)] == ["1", "1"]
    assert render(counter, "ru") == "2"
    assert render(counter, "en", extra=2026) == "3"
    assert [render(counter), render(counter, "ru"), render(counter, extra=2026)] == ["1", "2", "3"]


def test_sitewide_parts_are_rendered_again_after_a_settings_change(monkeypatch):
    monkeypatch.setattr(site_tags, "_sitewide", {})
    counter = Counter()
    render(counter)
    with override_settings(STATIC_URL="/assets/"):
        assert render(counter) == "2"


def test_sitewide_memory_stays_bounded(monkeypatch):
    monkeypatch.setattr(site_tags, "_sitewide", {})
    counter = Counter()
    for value in range(site_tags.SITEWIDE_ENTRIES * 3):
        render(counter, extra=value)
    assert len(site_tags._sitewide) <= site_tags.SITEWIDE_ENTRIES


@pytest.mark.django_db
def test_header_and_footer_are_in_the_page_language(client):
    english, russian = client.get("/en/").content.decode(), client.get("/ru/").content.decode()
    assert 'action="/en/search/"' in english and 'action="/ru/search/"' in russian
    assert "Skip to main content" in english and "Skip to main content" not in russian
