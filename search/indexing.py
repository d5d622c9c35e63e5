"""The search index: each article's and page's words as stems (search.text), in two columns.

`search_title` holds the stems of the title, `search_text` those of the summary and the body, each
between spaces (" saylaw ucastok "), so that SQLite finds a stem with LIKE '% stem %'. On
PostgreSQL the `search_vector` column holds the same stems as a tsvector, the title weighted A and
the text C, made from those columns with the `simple` configuration: PostgreSQL splits the stems
and does not change them, so it finds exactly what SQLite finds, ranked. Every stem is also kept
once per language as a Term, with a word it was written as, for "Did you mean ...?".
"""

from django.contrib.postgres.search import SearchVector
from django.db import connection

from richtext.sanitize import html_to_text

from .models import Term
from .text import Normaliser

CONFIG = "simple"
MAX_TERM = 100  # longer "words" (a URL's parts run together) are no suggestion

# The fields whose words go into `search_text` (the title goes into `search_title`), per model label.
TEXT_FIELDS = {
    "news.article": ["summary", "body"],
    "pages.page": ["body"],
}
HTML_FIELDS = {"body"}
BATCH = 500


def uses_full_text():
    return connection.vendor == "postgresql"


def record_text(record):
    """Return the text of a record's searched fields but the title, as plain text."""
    texts = []
    for name in TEXT_FIELDS[record._meta.label_lower]:
        value = getattr(record, name) or ""
        texts.append(html_to_text(value) if name in HTML_FIELDS else value)
    return " ".join(texts)


def index_columns(record, normaliser, terms):
    """Return (search_title, search_text) of a record: the stems of its words between spaces; add its
    stems and a word each was written as to `terms`."""
    columns = []
    for text in (record.title, record_text(record)):
        stems = []
        for word, found in normaliser.words(text):
            stems.extend(found)
            if len(word) <= MAX_TERM and not word.isdigit():
                for stem in found:
                    terms.setdefault((record.language, stem), word.lower())
        columns.append(f" {' '.join(stems)} ")
    return tuple(columns)


def update_search_vectors(queryset):
    """Recompute the index columns of the queryset's rows (and on PostgreSQL their vectors)."""
    label = queryset.model._meta.label_lower
    rows = list(queryset.only("pk", "language", "title", *TEXT_FIELDS[label]))
    normalisers, terms = {}, {}
    for row in rows:
        normaliser = normalisers.setdefault(row.language, Normaliser(row.language))
        row.search_title, row.search_text = index_columns(row, normaliser, terms)
    queryset.model._default_manager.bulk_update(rows, ["search_title", "search_text"], batch_size=BATCH)
    Term.objects.bulk_create(
        [Term(language=language, stem=stem, word=word) for (language, stem), word in terms.items()],
        ignore_conflicts=True,
        batch_size=BATCH,
    )
    if uses_full_text() and rows:
        vector = SearchVector("search_title", weight="A", config=CONFIG) + SearchVector(
            "search_text", weight="C", config=CONFIG
        )
        queryset.model._default_manager.filter(pk__in=[row.pk for row in rows]).update(search_vector=vector)


def update_search_vector(sender, instance, raw=False, **kwargs):
    """post_save receiver: refresh the saved record's index."""
    if not raw:
        update_search_vectors(sender._default_manager.filter(pk=instance.pk))


def reindex(model, batch=2000):
    """Rebuild the index of every row of `model` (a migration's historical model works too)."""
    pks = list(model._default_manager.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(pks), batch):
        update_search_vectors(model._default_manager.filter(pk__in=pks[start : start + batch]))
