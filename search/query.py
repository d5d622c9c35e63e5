"""Search over published articles and pages: full text on PostgreSQL, word matching elsewhere."""

import hashlib
import html
import re

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db.models import F, Q
from django.db.models.functions import Left
from django.utils.functional import cached_property

from richtext.sanitize import html_to_text
from sitecache.versioning import until_next_scheduled, versioned

from .indexing import config_for, strip_tags, uses_full_text

MAX_QUERY_LENGTH = 200
MAX_RANKED = 500
MAX_WORDS = 10
START, STOP = "\x02", "\x03"  # Highlight markers: cannot occur in stored text.
SNIPPET_WORDS = 30
SNIPPET_SOURCE = 6000  # Characters of a body's text searched for a snippet: all of a usual article.
RESULTS_SECONDS = 300


def search_terms(text):
    return [word for word in re.split(r"\W+", text) if word][:MAX_WORDS]


def web_search_text(text):
    """Return `text` as PostgreSQL's web search syntax reads it, with at most MAX_WORDS words and only
    one operator before each: quotes, `or`, and one `-` before a word to exclude it. A run of operators
    with no word ("-----...") builds a query deeper than PostgreSQL's stack and fails."""
    tokens, words = [], 0
    for token in re.findall(r'"|-*\w[\w-]*', text):
        if token != '"':
            if words == MAX_WORDS:
                break
            words += 1
            word = "-".join(part for part in token.split("-") if part)
            token = "-" + word if token.startswith("-") else word
        tokens.append(token)
    return " ".join(tokens)


class Matches:
    """The newest MAX_RANKED matches of `text` in a queryset, best first, as a sequence for a Paginator.

    Finding the matches reads only their ids and ranks; a slice then reads only its own rows, each with
    a `headline`: a passage of the text with the searched words between START and STOP.
    """

    def __init__(self, queryset, text, language):
        self.queryset, self.text, self.language = queryset, text, language
        self.order = queryset.model._meta.ordering  # newest first, for a news site the matches wanted
        if uses_full_text():
            self.query = SearchQuery(web_search_text(text), config=config_for(language), search_type="websearch")

    @cached_property
    def ids(self):
        """Return the ids of the matches, best first."""
        if not uses_full_text():
            return list(self.queryset.filter(_word_condition(self.text)).values_list("pk", flat=True)[:MAX_RANKED])
        # Rank only the newest matches: a common word matches most of the archive, and ranking all of it
        # would cost more than a reader waits; for a news site the newest matches are the ones wanted.
        newest = (
            self.queryset.filter(search_vector=self.query)
            .order_by(*self.order)
            .annotate(rank=SearchRank(F("search_vector"), self.query))
            .values_list("pk", "rank")[:MAX_RANKED]
        )
        # The sort is stable: equal ranks stay newest first.
        return [pk for pk, _rank in sorted(newest, key=lambda row: -row[1])]

    def count(self):
        return len(self.ids)

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        ids = self.ids[index]
        if not ids:
            return []
        # The passages of a page of results are kept like the matches: the same search again reads
        # only the rows, not the bodies.
        key = "\x00".join([self.text, *map(str, ids)])
        # Kept passages or None (not computed here), with the time limit that cached_results() gives.
        headlines = versioned(_results_name("headlines", self.language, key), lambda: None, timeout=_results_seconds)
        rows = self.queryset.filter(pk__in=ids).order_by().defer("search_vector")
        if headlines is not None:
            rows = rows.defer("body")
        elif uses_full_text():
            rows = rows.defer("body").annotate(headline=self._headline())
        by_id = {row.pk: row for row in rows}
        found = [by_id[pk] for pk in ids if pk in by_id]
        if headlines is not None:
            for row in found:
                row.headline = headlines.get(row.pk, "")
            return found
        if not uses_full_text():
            self._with_plain_headlines(found)
        cached_results("headlines", self.language, key, lambda: {row.pk: row.headline for row in found})
        return found

    def best(self, count):
        """Return the best `count` matches in one query, ranking every match: for small tables."""
        if not uses_full_text():
            return self._with_plain_headlines(list(self.queryset.filter(_word_condition(self.text))[:count]))
        rows = self.queryset.filter(search_vector=self.query).defer("body", "search_vector")
        rank = SearchRank(F("search_vector"), self.query)
        return list(rows.annotate(headline=self._headline()).order_by(rank.desc(), *self.order)[:count])

    def _with_plain_headlines(self, rows):
        for row in rows:
            # Escaped like ts_headline's passages, which keep the entities of the stored HTML.
            row.headline = html.escape(_plain_headline(html_to_text(row.body), search_terms(self.text)))
        return rows

    def _headline(self):
        return SearchHeadline(
            Left(strip_tags(F("body")), SNIPPET_SOURCE),
            self.query,
            config=config_for(self.language),
            start_sel=START,
            stop_sel=STOP,
            max_words=SNIPPET_WORDS,
            min_words=12,
            max_fragments=2,
            fragment_delimiter=" … ",
        )


def search(queryset, text, language):
    """Return the matches of `text` in the queryset, best first, with a `headline` for each."""
    return Matches(queryset, text, language)


def cached_results(name, language, text, compute):
    """Return compute(), kept for the same search until content changes or the next scheduled article
    is due: in the worker's memory (no round trip for a search repeated on that worker) and in the
    shared cache for the others."""
    return versioned(_results_name(name, language, text), compute, timeout=_results_seconds)


def _results_seconds():
    return until_next_scheduled(RESULTS_SECONDS)


def _results_name(name, language, text):
    digest = hashlib.sha256(text.encode()).hexdigest()[:32]
    return f"search:{name}:{language}:{digest}"


def _word_condition(text):
    # SQLite folds case for ASCII letters only: also try the usual spellings of Cyrillic and Turkmen words.
    condition = Q()
    for word in search_terms(text):
        spellings = {word, word.lower(), word.upper(), word.capitalize()}
        matches = Q()
        for spelling in spellings:
            matches |= Q(title__contains=spelling) | Q(body__contains=spelling)
        condition &= matches
    return condition if condition else Q(pk__in=[])


_MARKERS = re.compile(f"{START}|{STOP}")


def snippet(headline):
    """Return the headline of a match as (text, marked) parts, the searched words marked; the template
    search/_snippet.html writes them."""
    text = " ".join(html.unescape(headline).split())
    return [(part, index % 2 == 1) for index, part in enumerate(_MARKERS.split(text)) if part]


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
