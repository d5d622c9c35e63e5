import django_filters
from django.utils.dates import MONTHS
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
        """The years that have news in `language`, newest first; cached until content changes."""
        return versioned(
            f"news:years:{language}",
            lambda: [d.year for d in self.queryset.dates("publish_at", "year", order="DESC")],
            timeout=cache_timeout,
        )
