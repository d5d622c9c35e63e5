from django.shortcuts import get_object_or_404, render
from django.utils.cache import add_never_cache_headers
from django.views.generic import DetailView

from multilingual.models import current_language
from news.models import Article

from .menu import main_menu_items
from .models import Page

HOME_FEATURED = 3
HOME_LATEST = 6


def home(request):
    """Front page: featured and latest news of the language, and the key commission pages."""
    articles = Article.objects.published().in_language().for_listing()
    featured = list(articles.filter(featured=True)[:HOME_FEATURED])
    latest = articles.exclude(pk__in=[a.pk for a in featured])[:HOME_LATEST]
    return render(
        request,
        "home.html",
        {"featured_articles": featured, "latest_articles": latest, "key_pages": main_menu_items()},
    )


class PageDetailView(DetailView):
    model = Page

    def can_preview(self):
        user = self.request.user
        return user.is_active and user.is_staff and user.has_perm("pages.change_page")

    def get_object(self, queryset=None):
        pages = Page.objects.in_language(current_language())
        if not self.can_preview():
            pages = pages.published()
        return get_object_or_404(pages, path=self.kwargs["path"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = self.object
        published = Page.objects.published().in_language(page.language)
        context["ancestors"] = sorted(
            published.filter(path__in=page.ancestor_paths()).only("title", "path", "language"),
            key=lambda p: p.path.count("/"),
        )
        context["children"] = published.filter(parent=page).only("title", "path", "language")
        context["alternates"] = {
            p.language: p.get_absolute_url()
            for p in Page.objects.published().translations_of(page).only("language", "path")
        } | {page.language: page.get_absolute_url()}
        context["untranslated_target"] = "home"
        context["preview"] = not page.is_published()
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if context["preview"]:
            add_never_cache_headers(response)
            response["X-Robots-Tag"] = "noindex, nofollow"
        return response
