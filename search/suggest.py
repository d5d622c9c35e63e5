""" "Did you mean ...?": when a search finds nothing, the closest words of the site's own texts.

Each word of the search whose stems occur nowhere in the texts of its language is replaced by the
word of the closest stem (pg_trgm's similarity on PostgreSQL, difflib's on SQLite); the suggestion
is made only if it finds something itself.
"""

import difflib

from django.contrib.postgres.search import TrigramSimilarity

from .indexing import uses_full_text
from .models import Term
from .query import MAX_WORDS
from .text import WORD, Normaliser

SIMILAR = 0.3  # pg_trgm's similarity
CLOSE = 0.7  # difflib's ratio
CANDIDATES = 5000  # SQLite compares with at most this many stems of the same first letter


def closest(language, stem):
    """Return the Term closest to `stem` in `language`, or None."""
    terms = Term.objects.filter(language=language)
    if uses_full_text():
        similar = terms.annotate(similarity=TrigramSimilarity("stem", stem)).filter(similarity__gt=SIMILAR)
        return similar.order_by("-similarity", "stem").first()
    known = dict(terms.filter(stem__startswith=stem[:1]).values_list("stem", "word")[:CANDIDATES])
    found = difflib.get_close_matches(stem, list(known), n=1, cutoff=CLOSE)
    return Term(language=language, stem=found[0], word=known[found[0]]) if found else None


def suggestion(text, language, finds):
    """Return a search like `text` with its unknown words replaced by the closest words of the site,
    if it finds something (`finds(text)` says whether it does); else None."""
    normaliser = Normaliser(language)
    words = WORD.findall(text)[:MAX_WORDS]
    stems = {word: normaliser.stems_of(word) for word in words}
    every = {stem for found in stems.values() for stem in found}
    known = set(Term.objects.filter(language=language, stem__in=every).values_list("stem", flat=True))
    suggested, changed = [], False
    for word in words:
        if known & set(stems[word]):
            suggested.append(word)
            continue
        term = closest(language, stems[word][0])
        suggested.append(term.word if term else word)
        changed = changed or term is not None
    if not changed:
        return None
    text = " ".join(suggested)
    return text if finds(text) else None
