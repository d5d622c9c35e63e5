from urllib.parse import urlencode

from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _

from multilingual.models import current_language
from news.models import Article
from pages.models import Page

from .query import MAX_QUERY_LENGTH, MAX_RANKED, cached_results, search, search_terms, snippet

PER_PAGE = 10
PAGE_RESULTS = 5
ARTICLE_FIELDS = ["language", "title", "slug", "publish_at"]
PAGE_FIELDS = ["language", "title", "path"]


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

    # Only what a result shows is read; the body only where Python makes the snippet (not on PostgreSQL).
    articles = Article.objects.published().in_language(language).only(*ARTICLE_FIELDS, "body")
    articles = search(articles, text, language)

    def find():
        pages = Page.objects.published().in_language(language).only(*PAGE_FIELDS, "body")
        pages = search(pages, text, language).best(PAGE_RESULTS)
        return articles.ids, [(page.title, page.get_absolute_url(), page.headline) for page in pages]

    # The same search again, for another page of results or by another reader, finds its matches here.
    articles.ids, pages = cached_results("site", language, text, find)
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
        }
    )
    return render(request, "search/results.html", context)
