from urllib.parse import urlencode

from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _

from multilingual.models import current_language
from news.models import Article
from pages.models import Page

from .query import MAX_QUERY_LENGTH, search, snippet

PER_PAGE = 10
PAGE_RESULTS = 5


def search_view(request):
    """Search the published articles and pages of the current language."""
    text = request.GET.get("q", "").replace("\x00", "").strip()
    language = current_language()
    context = {"query": text[:MAX_QUERY_LENGTH], "max_length": MAX_QUERY_LENGTH}
    if not text:
        context["message"] = _("Type one or more words to search the news and the commission's pages.")
        return render(request, "search/results.html", context)
    if len(text) > MAX_QUERY_LENGTH:
        context["message"] = _("The search text is too long: use at most %(limit)d characters.") % {
            "limit": MAX_QUERY_LENGTH
        }
        return render(request, "search/results.html", context, status=400)

    articles = search(Article.objects.published().in_language(language).select_related("category"), text, language)
    paginator = Paginator(articles, PER_PAGE)
    try:
        page = paginator.page(request.GET.get("page") or 1)
    except InvalidPage as error:
        raise Http404(str(error)) from None
    results = [(article, snippet(article, text)) for article in page.object_list]
    pages = []
    if page.number == 1:
        found = search(Page.objects.published().in_language(language), text, language)[:PAGE_RESULTS]
        pages = [(p, snippet(p, text)) for p in found]
    context.update(
        {
            "results": results,
            "page_results": pages,
            "page_obj": page,
            "paginator": paginator,
            "is_paginated": paginator.num_pages > 1,
            "query_string": urlencode({"q": text}),
        }
    )
    return render(request, "search/results.html", context)
