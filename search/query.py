"""Search over published articles and pages, through the stems of search.text.

A search is read as web searches are: its words must all be found (as any form of the word, typed
with or without Turkmen letters, in Latin or Cyrillic letters), "quoted words" next to each other,
`or` between two words for either, and -word for pages without it. PostgreSQL finds the matches in
the `search_vector` index, SQLite the same ones with LIKE on the stems; titles with the first word
come first, then PostgreSQL ranks, SQLite keeps the newest first. The passage shown with each
match is chosen and highlighted in Python, on the words as written in the text.
"""

import hashlib
import html
import re
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import Case, F, IntegerField, Q, Subquery, Value, When
from django.utils.functional import cached_property

from richtext.sanitize import html_to_text
from sitecache.versioning import until_next_scheduled, versioned

from .indexing import CONFIG, uses_full_text
from .text import WORD, Normaliser

MAX_QUERY_LENGTH = 200
MAX_RANKED = 500
MAX_WORDS = 10
START, STOP = "\x02", "\x03"  # Highlight markers: cannot occur in stored text.
SNIPPET_WORDS = 30
SNIPPET_SOURCE = 6000  # Characters of a body's text searched for a snippet: all of a usual article.
RESULTS_SECONDS = 300
TOKENS = re.compile(r'"|-*\w[\w-]*')


def search_terms(text):
    return [word for word in re.split(r"\W+", text) if word][:MAX_WORDS]


@dataclass
class Group:
    """Phrases of which one must be found (or, when `negated`, none); a phrase is a list of words, each
    word the tuple of its stems."""

    phrases: list = field(default_factory=list)
    negated: bool = False


@dataclass
class Query:
    groups: list

    @cached_property
    def stems(self):
        """The stems of the words searched for (not of those excluded): what a passage highlights."""
        return {s for g in self.groups if not g.negated for p in g.phrases for word in p for s in word}

    @property
    def is_empty(self):
        return not self.stems

    def tsquery(self):
        """The query in PostgreSQL's tsquery syntax: the stems are \\w+, quoted as lexemes."""

        def word(stems):
            return "(" + " | ".join(f"'{stem}'" for stem in stems) + ")"

        def group(g):
            text = "(" + " | ".join(" <-> ".join(word(w) for w in phrase) for phrase in g.phrases) + ")"
            return "!" + text if g.negated else text

        return " & ".join(group(g) for g in self.groups)

    def condition(self, fields=("search_title", "search_text")):
        """The query as a filter on the index columns, for SQLite (a phrase's words anywhere in the text)."""

        def word(stems):
            found = Q()
            for stem in stems:
                for name in fields:
                    found |= Q(**{f"{name}__contains": f" {stem} "})
            return found

        condition = Q()
        for g in self.groups:
            either = Q()
            for phrase in g.phrases:
                every = Q()
                for stems in phrase:
                    every &= word(stems)
                either |= every
            condition &= ~either if g.negated else either
        return condition

    def in_title(self):
        """For SQLite's order: 1 for a match whose title has the first word searched for, else 0."""
        first = next(g for g in self.groups if not g.negated)
        return Case(When(Query([first]).condition(("search_title",)), then=Value(1)), default=0,
                    output_field=IntegerField())  # fmt: skip


def parse(text, language):
    """Return the Query of a search typed in `language`: at most MAX_WORDS words."""
    normaliser = Normaliser(language)
    groups, phrase, pending_or, words = [], None, False, 0
    for token in TOKENS.findall(text):
        if token == '"':
            if phrase is None:
                phrase = []
            else:
                if phrase:
                    groups.append(Group([phrase]))
                phrase = None
            continue
        if phrase is None and token.lower() == "or" and groups and not groups[-1].negated:
            pending_or = True
            continue
        stems = [normaliser.stems_of(word) for word in WORD.findall(token)][: MAX_WORDS - words]
        words += len(stems)
        if phrase is not None:
            phrase.extend(stems)
        elif token.startswith("-"):
            groups.append(Group([stems], negated=True))
        elif pending_or:
            groups[-1].phrases.append(stems)
        else:
            groups.append(Group([stems]))
        pending_or = False
        if words >= MAX_WORDS:
            break
    if phrase:
        groups.append(Group([phrase]))
    return Query([g for g in groups if all(g.phrases)])


class Matches:
    """The newest MAX_RANKED matches of `text` in a queryset, best first, as a sequence for a Paginator.

    Finding the matches reads only their ids; a slice then reads only its own rows, each with a
    `headline`: a passage of the text with the words found between START and STOP.
    """

    def __init__(self, queryset, text, language):
        self.queryset, self.text, self.language = queryset, text, language
        self.order = queryset.model._meta.ordering  # newest first, for a news site the matches wanted
        self.query = parse(text, language)

    def matching(self):
        if self.query.is_empty:
            return self.queryset.none()
        if uses_full_text():
            return self.queryset.filter(search_vector=self.search_query())
        return self.queryset.filter(self.query.condition())

    def search_query(self):
        return SearchQuery(self.query.tsquery(), config=CONFIG, search_type="raw")

    @cached_property
    def ids(self):
        """Return the ids of the matches, best first."""
        if self.query.is_empty:  # nothing to find, only words to exclude
            return []
        if not uses_full_text():
            ranked = self.matching().annotate(in_title=self.query.in_title()).order_by("-in_title", *self.order)
            return list(ranked.values_list("pk", flat=True)[:MAX_RANKED])
        # Rank only the newest matches: a common word matches most of the archive, and ranking all of it
        # would cost more than a reader waits; for a news site the newest matches are the ones wanted.
        # The newest matches are found on the indexes first; only they are ranked.
        ids = self.matching().order_by(*self.order).values("pk")[:MAX_RANKED]
        newest = (
            self.queryset.filter(pk__in=Subquery(ids))
            .order_by(*self.order)
            .annotate(in_title=self.query.in_title(), rank=SearchRank(F("search_vector"), self.search_query()))
            .values_list("pk", "in_title", "rank")
        )
        # Titles with the first word searched for first, then by rank; the sort is stable: equal ranks
        # stay newest first.
        return [pk for pk, _title, _rank in sorted(newest, key=lambda row: (-row[1], -row[2]))]

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
        rows = self.queryset.filter(pk__in=ids).order_by()
        if headlines is not None:
            rows = rows.defer("body")
        by_id = {row.pk: row for row in rows}
        found = [by_id[pk] for pk in ids if pk in by_id]
        if headlines is not None:
            for row in found:
                row.headline = headlines.get(row.pk, "")
            return found
        self.with_headlines(found)
        cached_results("headlines", self.language, key, lambda: {row.pk: row.headline for row in found})
        return found

    def best(self, count):
        """Return the best `count` matches in one query, ranking every match: for small tables."""
        if self.query.is_empty:
            return []
        matches = self.matching()
        ordered = matches.annotate(in_title=self.query.in_title())
        if uses_full_text():
            rank = SearchRank(F("search_vector"), self.search_query())
            ordered = ordered.order_by("-in_title", rank.desc(), *self.order)
        else:
            ordered = ordered.order_by("-in_title", *self.order)
        return self.with_headlines(list(ordered[:count]))

    def with_headlines(self, rows):
        normaliser = Normaliser(self.language)
        for row in rows:
            # Escaped, as the passage is unescaped when shown (search/_snippet.html writes it).
            text = html_to_text(row.body)[:SNIPPET_SOURCE]
            row.headline = html.escape(passage(text, self.query.stems, normaliser))
        return rows


def passage(text, stems, normaliser):
    """Return the SNIPPET_WORDS words of `text` around the first word found, the words found marked."""
    words = text.split()

    def found(token):
        return any(set(normaliser.stems_of(word)) & stems for word in WORD.findall(token))

    first = next((i for i, token in enumerate(words) if found(token)), 0)
    start = max(0, first - 8)
    shown = words[start : start + SNIPPET_WORDS]
    marked = [f"{START}{token}{STOP}" if found(token) else token for token in shown]
    prefix = "… " if start else ""
    suffix = " …" if start + SNIPPET_WORDS < len(words) else ""
    return prefix + " ".join(marked) + suffix


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


_MARKERS = re.compile(f"{START}|{STOP}")


def snippet(headline):
    """Return the headline of a match as (text, marked) parts, the searched words marked; the template
    search/_snippet.html writes them."""
    text = " ".join(html.unescape(headline).split())
    return [(part, index % 2 == 1) for index, part in enumerate(_MARKERS.split(text)) if part]
