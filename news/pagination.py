"""Pagination that stays fast deep into an archive of 100,000 articles."""

from django.core.paginator import Paginator
from django.db.models import F, Window
from django.db.models.functions import Rank, RowNumber
from django.utils.functional import cached_property

from sitecache.versioning import until_next_scheduled, versioned

COUNT_SECONDS = 300
# Rows between two anchors of a list: a page found from an anchor skips fewer rows than this, few
# enough to read in one plain query (PLAIN_SKIP); 33,350 rows have 334 anchors, about 10 KB cached.
ANCHOR_EVERY = 100
# Up to this many skipped rows, a page is read in one plain query; beyond, the rows to skip are
# passed over on the index alone first (a "deferred join"), which costs a second level of SQL.
PLAIN_SKIP = 100
# The order of every news list, newest first; the id breaks ties, so that each row has one place.
ORDER = ("-publish_at", "-id")


def cache_timeout():
    """Until content changes (the key carries the version) or the next scheduled article is due."""
    return until_next_scheduled(COUNT_SECONDS)


class ArchivePaginator(Paginator):
    """Finds a page's rows on the index first (a "deferred join"), then reads only those rows.

    The total is kept in the cache under `count_key`. Deep in a list, skipping 20,000 index entries
    would cost several milliseconds, so the date of every ANCHOR_EVERY-th row (an anchor) is cached
    too, all found in one scan of the index: a deep page then seeks to the anchor before it on the
    index, as page 1 starts at the top, and skips fewer rows than ANCHOR_EVERY.
    """

    def __init__(self, object_list, *args, count_key=None, **kwargs):
        query = getattr(object_list, "query", None)
        ordering = tuple(query.order_by or query.get_meta().ordering) if query is not None else ()
        # The date archives order by -publish_at alone; the id fixes the order of equal dates.
        self.seekable = ordering in (ORDER, ORDER[:1])
        if self.seekable:
            object_list = object_list.order_by(*ORDER)
        super().__init__(object_list, *args, **kwargs)
        self.count_key = count_key

    @cached_property
    def count(self):
        if not self.count_key:
            return super().count
        # In the worker's memory per content version (no round trip to the shared cache), and in the
        # shared cache for the other workers.
        return versioned(f"{self.count_key}:count", self.object_list.count, timeout=cache_timeout)

    def anchors(self):
        """Return the (publish_at, ties) of rows 0, ANCHOR_EVERY, 2 * ANCHOR_EVERY, ... of the list.

        The total is kept with them (in the shared cache and the worker's memory, per content
        version), so that a deep page reads them once, as page 1 reads its total. They are found only
        for a list whose total is already known from an earlier request: an address seen once (a
        one-off query string) does not pay for a scan of the list.
        """

        def find():
            # Known or None (not computed here); kept only as long as count would keep it.
            count = versioned(f"{self.count_key}:count", lambda: None, timeout=cache_timeout)
            return None if count is None else (count, self.compute_anchors())

        found = versioned(f"{self.count_key}:anchors{ANCHOR_EVERY}", find, timeout=cache_timeout)
        if found is None:
            return []
        self.__dict__["count"], anchors = found
        return anchors

    def compute_anchors(self):
        """Return, for every ANCHOR_EVERY-th row, its date and the number of rows of that same date before
        it (their ids are higher), from one scan of the index."""
        newest = F("publish_at").desc()
        rows = (
            self.object_list.order_by()
            .alias(row=Window(RowNumber(), order_by=[newest, F("id").desc()]), rank=Window(Rank(), order_by=newest))
            .alias(step=(F("row") - 1) % ANCHOR_EVERY)
            .filter(step=0)
            .annotate(ties=F("row") - F("rank"))
        )
        return list(rows.values_list("publish_at", "ties").order_by(*ORDER))

    def page(self, number):
        deep = isinstance(number, int) and (number - 1) * self.per_page >= ANCHOR_EVERY
        anchors = self.anchors() if deep and self.seekable and self.count_key else []
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        rows, skip = self.object_list, bottom
        if bottom // ANCHOR_EVERY < len(anchors):
            publish_at, ties = anchors[bottom // ANCHOR_EVERY]
            # The seek comes first: SQLite searches the index with the first of several bounds on a column.
            seek = rows.model._base_manager.filter(publish_at__lte=publish_at) & rows
            # Combining keeps the left side's columns: the list's own (only() and select_related) are kept.
            seek.query.deferred_loading = rows.query.deferred_loading
            seek.query.select_related = rows.query.select_related
            rows, skip = seek, ties + bottom % ANCHOR_EVERY
        if skip <= PLAIN_SKIP:
            return self._get_page(rows[skip : skip + top - bottom], number, self)
        ids = rows.values("pk")[skip : skip + top - bottom]
        return self._get_page(self.object_list.filter(pk__in=ids), number, self)
