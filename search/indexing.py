"""The search index: each article's and page's words as stems (search.text), in two columns.

`search_title` holds the stems of the title, `search_text` those of the summary and the body, each
between spaces (" saylaw ucastok "), so that SQLite finds a stem with LIKE '% stem %'. On
PostgreSQL the `search_vector` column holds the same stems as a tsvector, the title weighted A and
the text C, made from those columns with the `simple` configuration: PostgreSQL splits the stems
and does not change them, so it finds exactly what SQLite finds, ranked.
"""

from django.contrib.postgres.search import SearchVector
from django.db import connection

from richtext.sanitize import html_to_text

from .text import Normaliser

CONFIG = "simple"

# The fields whose words go into `search_text` (the title goes into `search_title`), per model label.
TEXT_FIELDS = {
    "news.article": ["summary", "body"],
    "pages.page": ["body"],
}
HTML_FIELDS = {"body"}
BATCH = 500


def uses_full_text():
    return connection.vendor == "postgresql"


def index_columns(record, normaliser):
    """Return (search_title, search_text) of a record: the stems of its words between spaces."""
    texts = []
    for name in TEXT_FIELDS[record._meta.label_lower]:
        value = getattr(record, name) or ""
        texts.append(html_to_text(value) if name in HTML_FIELDS else value)
    return f" {normaliser.index_text(record.title)} ", f" {normaliser.index_text(' '.join(texts))} "


def update_search_vectors(queryset):
    """Recompute the index columns of the queryset's rows (and on PostgreSQL their vectors)."""
    label = queryset.model._meta.label_lower
    rows = list(queryset.only("pk", "language", "title", *TEXT_FIELDS[label]))
    normalisers = {}
    for row in rows:
        normaliser = normalisers.setdefault(row.language, Normaliser(row.language))
        row.search_title, row.search_text = index_columns(row, normaliser)
    queryset.model._default_manager.bulk_update(rows, ["search_title", "search_text"], batch_size=BATCH)
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
