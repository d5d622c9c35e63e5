"""The admin's search boxes read words as the site's search does (search.text): folded and stemmed, so
that "ucastok" finds "uçastoklaryň", and Cyrillic words regardless of case on SQLite too."""

from django.conf import settings
from django.db.models import Q

from .query import parse


class FoldedSearchAdmin:
    """A ModelAdmin mixin for models indexed by search.indexing: a record is found when its fields
    match as Django's admin matches them, or when its index has every word searched for, in any of
    the site's languages (a list of articles mixes them)."""

    def get_search_results(self, request, queryset, search_term):
        found, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if not search_term.strip():
            return found, may_have_duplicates
        by_words = Q()
        for code, _name in settings.LANGUAGES:
            query = parse(search_term, code)
            if not query.is_empty:
                by_words |= Q(language=code) & query.condition()
        if not by_words:
            return found, may_have_duplicates
        return queryset.filter(Q(pk__in=found.values("pk")) | by_words), may_have_duplicates
