from urllib.parse import urlencode

from django.apps import apps
from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _

from multilingual.models import current_language

from .query import MAX_QUERY_LENGTH, MAX_RANKED, cached_results, search, search_terms, snippet
from .suggest import suggestion

PER_PAGE = 10
PAGE_RESULTS = 5


def searched(role, language):
    """The published records the search shows in `role` ("news": paginated; "pages": the best few), from
    the content app whose AppConfig says `search_role = role`, with its `searched(language)` queryset
    (what a result shows, and the body for its passage)."""
    config = next(c for c in apps.get_app_configs() if getattr(c, "search_role", None) == role)
    return config.searched(language)


def search_view(request):
    """Search the published articles and pages of the current language."""
    text = request.GET.get("q", "").replace("\x00", "").strip()
    language = current_language()
    context = {"query": text[:MAX_QUERY_LENGTH], "max_length": MAX_QUERY_LENGTH}
    if len(text) > MAX_QUERY_LENGTH:
        context["message"] = _("The search text is too long: use at most %(limit)d characters.") % {
            "limit": MAX_QUERY_LENGTH
        }
        return render(request, "search/results.html", context, status=400)
    if not search_terms(text):  # nothing, or only punctuation such as "-----"
        context["message"] = _("Type one or more words to search the news and the commission's pages.")
        return render(request, "search/results.html", context)

    # Only what a result shows is read, and the body for its passage.
    articles = search(searched("news", language), text, language)

    def finds(other):
        return bool(search(searched("news", language), other, language).ids) or bool(
            search(searched("pages", language), other, language).best(1)
        )

    def find():
        pages = search(searched("pages", language), text, language).best(PAGE_RESULTS)
        pages = [(page.title, page.get_absolute_url(), page.headline) for page in pages]
        found_nothing = not articles.ids and not pages
        return articles.ids, pages, suggestion(text, language, finds) if found_nothing else None

    # The same search again, for another page of results or by another reader, finds its matches here.
    articles.ids, pages, suggested = cached_results("site", language, text, find)
    paginator = Paginator(articles, PER_PAGE)
    try:
        page = paginator.page(request.GET.get("page") or 1)
    except InvalidPage as error:
        raise Http404(str(error)) from None
    context.update(
        {
            "results": [(article, snippet(article.headline)) for article in page.object_list],
            "page_results": [(title, url, snippet(headline)) for title, url, headline in pages]
            if page.number == 1
            else [],
            "page_obj": page,
            "paginator": paginator,
            "is_paginated": paginator.num_pages > 1,
            # Only the newest MAX_RANKED matches are ranked: at the cap, there are (almost surely) more.
            "capped": paginator.count >= MAX_RANKED,
            "query_string": urlencode({"q": text}),
            "suggestion": suggested,
            "suggestion_query": urlencode({"q": suggested or ""}),
        }
    )
    return render(request, "search/results.html", context)
