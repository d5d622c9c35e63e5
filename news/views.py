from django.conf import settings
from django.core.exceptions import BadRequest
from django.shortcuts import get_object_or_404
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView, MonthArchiveView, YearArchiveView

from multilingual.models import current_language

from .filters import ArticleFilter
from .models import Article, Category


class PublishedArticleMixin:
    """What every public news view shares: the published articles of the page's language."""

    model = Article
    date_field = "publish_at"
    paginate_by = 10
    allow_future = False

    def get_queryset(self):
        return Article.objects.published().in_language().for_listing()


class ArticleListView(PublishedArticleMixin, ListView):
    template_name = "news/article_list.html"

    def get_queryset(self):
        self.filterset = ArticleFilter(self.request.GET or None, queryset=super().get_queryset())
        if self.filterset.is_bound and not self.filterset.is_valid():
            problems = "; ".join(
                f"{self.filterset.form.fields[name].label}: {' '.join(errors)}"
                for name, errors in self.filterset.form.errors.items()
            )
            raise BadRequest(_("The news filter in the address is not valid (%(problems)s).") % {"problems": problems})
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
        context["alternates"] = {
            code: url for code, _name in settings.LANGUAGES if (url := self.category.get_absolute_url(code))
        }
        return context


class ArchiveMixin(PublishedArticleMixin):
    """An archive of an empty period is a 404; its list of dates is what proves it is not empty."""

    allow_empty = False

    def get_dated_queryset(self, **lookup):
        self.allow_empty = True  # Skip the separate exists() query; get_date_list() checks emptiness.
        try:
            return super().get_dated_queryset(**lookup)
        finally:
            self.allow_empty = False


class ArticleYearArchiveView(ArchiveMixin, YearArchiveView):
    make_object_list = True


class ArticleMonthArchiveView(ArchiveMixin, MonthArchiveView):
    month_format = "%m"


class ArticleDetailView(DetailView):
    model = Article

    def can_preview(self):
        user = self.request.user
        return user.is_active and user.is_staff and user.has_perm("news.change_article")

    def get_queryset(self):
        articles = Article.objects.in_language().select_related("category", "author")
        return articles if self.can_preview() else articles.published()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        published = Article.objects.published().in_language().for_listing()
        context["previous_article"] = (
            published.filter(publish_at__lt=article.publish_at).order_by("-publish_at", "-id").first()
        )
        context["next_article"] = (
            published.filter(publish_at__gt=article.publish_at).order_by("publish_at", "id").first()
        )
        context["related_articles"] = published.filter(category_id=article.category_id).exclude(pk=article.pk)[:3]
        context["alternates"] = {
            a.language: a.get_absolute_url()
            for a in Article.objects.published().translations_of(article).only("language", "slug")
        } | {article.language: article.get_absolute_url()}
        context["untranslated_target"] = "news:article_list"
        context["preview"] = not article.is_published()
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if context["preview"]:
            add_never_cache_headers(response)
            response["X-Robots-Tag"] = "noindex, nofollow"
        return response
