"""Django's Paginator with the total of a list kept per content version."""

from django.core.paginator import Paginator
from django.utils.functional import cached_property

from sitecache.versioning import until_next_scheduled, versioned

COUNT_SECONDS = 300


def cache_timeout():
    """Until content changes (the key carries the version) or the next scheduled article is due."""
    return until_next_scheduled(COUNT_SECONDS)


class ArchivePaginator(Paginator):
    """Counts a list once per content version (under `count_key`), not on every page view."""

    def __init__(self, object_list, *args, count_key=None, **kwargs):
        super().__init__(object_list, *args, **kwargs)
        self.count_key = count_key

    @cached_property
    def count(self):
        if not self.count_key:
            return super().count
        return versioned(f"{self.count_key}:count", self.object_list.count, timeout=cache_timeout)
