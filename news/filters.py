import django_filters
from django.db.models import Max, Min
from django.utils.dates import MONTHS
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _

from multilingual.models import current_language
from sitecache.versioning import versioned

from .models import Article, categories_by_pk
from .pagination import cache_timeout


class ArticleFilter(django_filters.FilterSet):
    """Filters of the public news list: category, year and month, all in the query string."""

    category = django_filters.ChoiceFilter(label=_("Category"), empty_label=_("All categories"))
    year = django_filters.ChoiceFilter(
        field_name="publish_at", lookup_expr="year", label=_("Year"), empty_label=_("All years")
    )
    month = django_filters.ChoiceFilter(
        field_name="publish_at",
        lookup_expr="month",
        label=_("Month"),
        empty_label=_("All months"),
        choices=list(MONTHS.items()),
    )

    class Meta:
        model = Article
        fields = ["category", "year", "month"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        language = current_language()
        # Those with a name and slug in the language (as Category.objects.in_language()), in their order.
        self.categories = [
            c for c in categories_by_pk().values() if c.translated("slug", language) and c.translated("name", language)
        ]
        category = self.filters["category"]
        category.field_name = f"category__slug_{language}"
        category.extra["choices"] = [(c.slug, c.name) for c in self.categories]
        self.filters["year"].extra["choices"] = [(year, year) for year in self.years(language)]

    def years(self, language):
        """The years from the newest news in `language` back to the first, newest first; cached until
        content changes. The first and the last date are two seeks on the publishing index, where
        listing the distinct years would read every article (on SQLite through a Python function
        each); the commission publishes every year, and a year without news shows the list's "no
        news" message."""
        return versioned(f"news:years:{language}", self.year_range, timeout=cache_timeout)

    def year_range(self):
        span = self.queryset.aggregate(first=Min("publish_at"), last=Max("publish_at"))
        if span["first"] is None:
            return []
        return list(range(localtime(span["last"]).year, localtime(span["first"]).year - 1, -1))
