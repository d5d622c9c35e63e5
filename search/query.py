"""Search over published articles and pages: full text on PostgreSQL, word matching elsewhere."""

import html
import re

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db.models import F, Q
from django.utils.html import escape
from django.utils.safestring import mark_safe

from richtext.sanitize import html_to_text

from .indexing import config_for, strip_tags, uses_full_text

MAX_QUERY_LENGTH = 200
MAX_RANKED = 500
MAX_WORDS = 10
START, STOP = "\x02", "\x03"  # Highlight markers: cannot occur in stored text.
SNIPPET_WORDS = 30


def search_terms(text):
    return [word for word in re.split(r"\W+", text) if word][:MAX_WORDS]


def search(queryset, text, language):
    """Return the queryset narrowed to matches of `text`, best first, with a `headline` for each."""
    if uses_full_text():
        query = SearchQuery(text, config=config_for(language), search_type="websearch")
        # Rank only the newest matches: a common word matches most of the archive, and ranking all
        # of it would cost more than a reader waits; for a news site the newest matches are the ones wanted.
        order = queryset.query.order_by or queryset.model._meta.ordering
        newest = queryset.filter(search_vector=query).order_by(*order).values("pk")[:MAX_RANKED]
        return (
            queryset.filter(pk__in=newest)
            .annotate(
                rank=SearchRank(F("search_vector"), query),
                headline=SearchHeadline(
                    strip_tags(F("body")),
                    query,
                    config=config_for(language),
                    start_sel=START,
                    stop_sel=STOP,
                    max_words=SNIPPET_WORDS,
                    min_words=12,
                    max_fragments=2,
                    fragment_delimiter=" … ",
                ),
            )
            .order_by("-rank", *order)
        )
    # SQLite folds case for ASCII letters only: also try the usual spellings of Cyrillic and Turkmen words.
    condition = Q()
    for word in search_terms(text):
        spellings = {word, word.lower(), word.upper(), word.capitalize()}
        matches = Q()
        for spelling in spellings:
            matches |= Q(title__contains=spelling) | Q(body__contains=spelling)
        condition &= matches
    return queryset.filter(condition) if condition else queryset.none()


def snippet(obj, text):
    """Return safe HTML: a short passage of the match with the searched words marked."""
    headline = getattr(obj, "headline", None)
    if headline is None:
        headline = _plain_headline(html_to_text(obj.body), search_terms(text))
    else:
        headline = " ".join(html.unescape(headline).split())
    escaped = escape(headline).replace(START, "<mark>").replace(STOP, "</mark>")
    return mark_safe(escaped)


def _plain_headline(body_text, terms):
    words = body_text.split()
    lowered = [t.lower() for t in terms]
    first = next((i for i, w in enumerate(words) if any(t in w.lower() for t in lowered)), 0)
    start = max(0, first - 8)
    passage = words[start : start + SNIPPET_WORDS]
    marked = [f"{START}{w}{STOP}" if any(t in w.lower() for t in lowered) else w for w in passage]
    prefix = "… " if start else ""
    suffix = " …" if start + SNIPPET_WORDS < len(words) else ""
    return prefix + " ".join(marked) + suffix
