"""Full-text search vectors: kept in a column on PostgreSQL, weighted title > excerpt > body."""

from django.contrib.postgres.search import SearchVector
from django.db import connection
from django.db.models import Func, TextField, Value

# Text search configuration per site language; Turkmen has none of its own in PostgreSQL.
CONFIGS = {"tk": "simple", "ru": "russian", "en": "english"}

# Searched fields and their weights, per model label.
WEIGHTED_FIELDS = {
    "news.article": [("title", "A"), ("summary", "B"), ("body", "C")],
    "pages.page": [("title", "A"), ("body", "C")],
}


def config_for(language):
    return CONFIGS.get(language, "simple")


def strip_tags(expression):
    """SQL: the text of an HTML column, tags replaced by spaces."""
    return Func(
        expression, Value("<[^>]+>"), Value(" "), Value("g"), function="regexp_replace", output_field=TextField()
    )


def vector_for(model, language):
    config = config_for(language)
    vectors = [
        SearchVector(strip_tags(field) if field == "body" else field, weight=weight, config=config)
        for field, weight in WEIGHTED_FIELDS[model._meta.label_lower]
    ]
    combined = vectors[0]
    for vector in vectors[1:]:
        combined = combined + vector
    return combined


def uses_full_text():
    return connection.vendor == "postgresql"


def update_search_vectors(queryset):
    """Recompute the stored vectors of the queryset's rows, one UPDATE per language."""
    if not uses_full_text():
        return
    for language in CONFIGS:
        queryset.filter(language=language).update(search_vector=vector_for(queryset.model, language))


def update_search_vector(sender, instance, raw=False, **kwargs):
    """post_save receiver: refresh the saved record's vector."""
    if not raw:
        update_search_vectors(sender._default_manager.filter(pk=instance.pk))
