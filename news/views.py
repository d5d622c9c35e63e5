import hashlib

from django.conf import settings
from django.core.exceptions import BadRequest
from django.http import Http404, QueryDict
from django.shortcuts import get_object_or_404
from django.templatetags.static import static
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView, MonthArchiveView, YearArchiveView

from commission_site.absolute import absolute_url
from commission_site.security import is_verified_staff
from multilingual.models import current_language
from sitecache.versioning import versioned

from .filters import ArticleFilter
from .models import Article, Category
from .pagination import ArchivePaginator, cache_timeout

OG_LOCALES = {"tk": "tk_TM", "ru": "ru_RU", "en": "en_GB"}


def news_crumbs(*more):
    """Return the breadcrumbs of a news page: the news list, then `more` ({"title", "url"} each)."""
    return [{"title": _("News"), "url": reverse("news:article_list")}, *more]


class PublishedArticleMixin:
    """What every public news view shares: the published articles of the page's language."""

    model = Article
    date_field = "publish_at"
    paginate_by = 10
    allow_future = False
    paginator_class = ArchivePaginator

    def get_queryset(self):
        return Article.objects.published().in_language().for_listing()

    def get_paginator(self, queryset, per_page, orphans=0, allow_empty_first_page=True, **kwargs):
        # The total of a list depends only on its address (language, path and filters).
        query = self.request.GET.copy()
        query.pop("page", None)
        query.pop("untranslated", None)
        count_key = (
            "news:count:"
            + hashlib.blake2b(f"{self.request.path}?{query.urlencode()}".encode(), digest_size=12).hexdigest()
        )
        return super().get_paginator(
            queryset, per_page, orphans=orphans, allow_empty_first_page=allow_empty_first_page, count_key=count_key
        )


class ArticleListView(PublishedArticleMixin, ListView):
    template_name = "news/article_list.html"

    @cached_property
    def filterset(self):
        # Only the filter's own parameters bind it: `?page=2` alone is the unfiltered list.
        data = QueryDict(mutable=True)
        for name in ArticleFilter.base_filters:
            if name in self.request.GET:
                data.setlist(name, self.request.GET.getlist(name))
        return ArticleFilter(data or None, queryset=super().get_queryset())

    def filtered(self):
        return any(name in self.request.GET for name in ArticleFilter.base_filters)

    def get_queryset(self):
        if not self.filtered():  # the plain list: no filter to build or check
            return super().get_queryset()
        if not self.filterset.is_valid():
            fields = ", ".join(str(self.filterset.form.fields[name].label) for name in self.filterset.form.errors)
            raise BadRequest(
                _("The news filter in the address is not valid: %(fields)s. Choose the filter again from the list.")
                % {"fields": fields}
            )
        return self.filterset.qs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filter"] = self.filterset
        context["untranslated_notice"] = "untranslated" in self.request.GET
        query = self.request.GET.copy()
        query.pop("page", None)
        query.pop("untranslated", None)
        context["query_string"] = query.urlencode()
        return context


class CategoryDetailView(PublishedArticleMixin, ListView):
    template_name = "news/category_detail.html"

    def get_queryset(self):
        language = current_language()
        self.category = get_object_or_404(
            Category.objects.in_language(language), **{f"slug_{language}": self.kwargs["slug"]}
        )
        return super().get_queryset().filter(category=self.category)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["category"] = self.category
        context["crumbs"] = news_crumbs()
        context["alternates"] = {
            code: url for code, _name in settings.LANGUAGES if (url := self.category.get_absolute_url(code))
        }
        return context


class ArchiveMixin(PublishedArticleMixin):
    """An archive of an empty period is a 404; its list of dates is what proves it is not empty.

    The neighbouring periods come from one query over all periods, not one query each way.
    """

    allow_empty = False
    period = "year"

    def get_dated_queryset(self, **lookup):
        self.allow_empty = True  # Skip the separate exists() query; get_date_list() checks emptiness.
        try:
            return super().get_dated_queryset(**lookup)
        finally:
            self.allow_empty = False

    def periods(self):
        if not hasattr(self, "_periods"):
            self._periods = list(self.get_queryset().dates(self.date_field, self.period))
        return self._periods

    def neighbour(self, date, later):
        current = date.replace(day=1) if self.period == "month" else date.replace(month=1, day=1)
        if later:
            return next((p for p in self.periods() if p > current), None)
        return next((p for p in reversed(self.periods()) if p < current), None)


class ArticleYearArchiveView(ArchiveMixin, YearArchiveView):
    make_object_list = True

    def get_context_data(self, **kwargs):
        return super().get_context_data(crumbs=news_crumbs(), **kwargs)

    def get_next_year(self, date):
        return self.neighbour(date, later=True)

    def get_previous_year(self, date):
        return self.neighbour(date, later=False)


class ArticleMonthArchiveView(ArchiveMixin, MonthArchiveView):
    month_format = "%m"
    period = "month"

    def get_context_data(self, **kwargs):
        year = self.get_year()
        year_crumb = {"title": year, "url": reverse("news:archive_year", kwargs={"year": year})}
        return super().get_context_data(crumbs=news_crumbs(year_crumb), **kwargs)

    def get_next_month(self, date):
        return self.neighbour(date, later=True)

    def get_previous_month(self, date):
        return self.neighbour(date, later=False)


class ArticleDetailView(DetailView):
    model = Article
    preview_pk = None  # set for a shared preview link (commission_site.preview)

    def can_preview(self):
        return is_verified_staff(self.request) and self.request.user.has_perm("news.change_article")

    def get_object(self, queryset=None):
        """Fetch the article with its category (one indexed query); the list of its language versions
        changes only with content and comes from the per-version cache."""
        language = current_language()
        if self.preview_pk is not None:
            article = Article.objects.for_page().filter(language=language, pk=self.preview_pk).first()
        else:
            article = Article.objects.at_address(language, self.kwargs["slug"])
        if self.preview_pk is not None and article is not None and article.is_published():
            raise Http404(_("This article is published; the preview link is no longer needed."))
        if article is None or not (article.is_published() or self.preview_pk is not None or self.can_preview()):
            raise Http404(_("No article was found at this address."))
        versions = versioned(
            f"news:versions:{article.translation_group}",
            lambda: [
                Article(language=code, slug=slug, status=status, publish_at=at)
                for code, slug, status, at in Article.objects.filter(
                    translation_group=article.translation_group
                ).values_list("language", "slug", "status", "publish_at")
            ],
        )
        # Whether a version is published is decided now: a scheduled one may have come out since.
        self.alternates = {
            v.language: v.get_absolute_url() for v in versions if v.is_published() or v.language == language
        }
        return article

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object

        # The neighbours and related news change only with content (or when a scheduled article comes
        # out): found once per content version.
        context["previous_article"], context["next_article"], context["related_articles"] = versioned(
            f"news:more-news:{article.pk}",
            lambda: Article.objects.published().in_language(article.language).for_listing().around(article),
            timeout=cache_timeout,
        )
        context["alternates"] = self.alternates
        context["category_url"] = article.category.get_absolute_url()  # None without a slug in this language
        category_crumb = [{"title": article.category.name, "url": context["category_url"]}]
        context["crumbs"] = news_crumbs(*(category_crumb if context["category_url"] else []))
        context["page_url"] = absolute_url(article.get_absolute_url(), self.request)
        context.update(self.open_graph_image(article))
        context["structured_data"] = self.structured_data(article, context)
        context["og_locale"] = OG_LOCALES.get(article.language, "tk_TM")
        context["untranslated_target"] = "news:article_list"
        context["preview"] = not article.is_published()
        return context

    def open_graph_image(self, article):
        """The cover cut to 1200 x 630 around its focal point, for link previews (else the original file)."""
        image = article.cover_image if article.cover_image_id else None
        if image is None:
            return {"image_url": ""}
        made = image.renditions("og")
        url, width, height = made[0] if made else (image.file.url, image.width, image.height)
        return {"image_url": absolute_url(url, self.request), "image_width": width, "image_height": height}

    def structured_data(self, article, context):
        """schema.org NewsArticle, for search engines and news aggregators."""
        publisher = _("Central Commission for Elections and Referendums")
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": article.title[:110],
            "description": article.summary,
            "inLanguage": article.language,
            "datePublished": article.publish_at.isoformat(),
            "dateModified": max(article.updated, article.publish_at).isoformat(),
            "mainEntityOfPage": context["page_url"],
            "articleSection": article.category.translated("name", article.language),
            "author": {"@type": "GovernmentOrganization", "name": publisher},
            "publisher": {
                "@type": "GovernmentOrganization",
                "name": publisher,
                "logo": {"@type": "ImageObject", "url": absolute_url(static("img/emblem.png"), self.request)},
            },
        }
        if context["image_url"]:
            data["image"] = [context["image_url"]]
        return data

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if context["preview"]:
            add_never_cache_headers(response)
            response["X-Robots-Tag"] = "noindex, nofollow"
        return response
