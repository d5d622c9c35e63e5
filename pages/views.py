from django.http import Http404
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.generic import DetailView

from commission_site.security import is_verified_staff
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
    preview_pk = None  # set for a shared preview link (commission_site.preview)

    def can_preview(self):
        return is_verified_staff(self.request) and self.request.user.has_perm("pages.change_page")

    def get_object(self, queryset=None):
        """Fetch the page together with its other language versions, in one query."""
        language = current_language()
        if self.preview_pk is not None:
            same_group = Page.objects.filter(language=language, pk=self.preview_pk)
        else:
            same_group = Page.objects.filter(language=language, path=self.kwargs["path"])
        versions = list(Page.objects.for_page().filter(translation_group__in=same_group.values("translation_group")))
        page = next((v for v in versions if v.language == language), None)
        if self.preview_pk is not None and page is not None and page.is_published():
            raise Http404(_("This page is published; the preview link is no longer needed."))
        if page is None or not (page.is_published() or self.preview_pk is not None or self.can_preview()):
            raise Http404(_("No page was found at this address."))
        self.alternates = {v.language: v.get_absolute_url() for v in versions if v.is_published() or v is page}
        return page

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = self.object
        published = Page.objects.published().in_language(page.language)
        ancestors = sorted(
            published.filter(path__in=page.ancestor_paths()).only("title", "path", "language"),
            key=lambda p: p.path.count("/"),
        )
        context["crumbs"] = [
            *({"title": a.title, "url": a.get_absolute_url()} for a in ancestors),
            {"title": page.title, "url": page.get_absolute_url(), "current": True},
        ]
        context["children"] = published.filter(parent=page).only("title", "path", "language")
        context["alternates"] = self.alternates
        context["untranslated_target"] = "home"
        context["preview"] = not page.is_published()
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if context["preview"]:
            add_never_cache_headers(response)
            response["X-Robots-Tag"] = "noindex, nofollow"
        return response
