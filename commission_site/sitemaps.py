"""sitemap.xml: every public article, category and page in every language, and robots.txt."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Max
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_GET

from elections.models import Document, Election
from news.models import Article, Category
from pages.models import Page

from .absolute import site_root

LANGUAGES = [code for code, _name in settings.LANGUAGES]


class SiteSitemap(Sitemap):
    """Uses SITE_URL for the addresses when it is set."""

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme or super().get_protocol(protocol)

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc or super().get_domain(site)


class ArticleSitemap(SiteSitemap):
    changefreq = "monthly"
    limit = 10000

    def items(self):
        return Article.objects.published().only("language", "slug", "updated").order_by("pk")

    def lastmod(self, article):
        return article.updated

    def get_latest_lastmod(self):
        return Article.objects.published().aggregate(latest=Max("updated"))["latest"]


class CategorySitemap(SiteSitemap):
    changefreq = "daily"

    def items(self):
        return [
            (category, code)
            for category in Category.objects.all()
            for code in LANGUAGES
            if category.translated("slug", code)
        ]

    def location(self, item):
        category, code = item
        return category.get_absolute_url(code)


class PageSitemap(SiteSitemap):
    changefreq = "monthly"

    def items(self):
        return Page.objects.published().only("language", "path", "updated").order_by("pk")

    def lastmod(self, page):
        return page.updated

    def get_latest_lastmod(self):
        return Page.objects.published().aggregate(latest=Max("updated"))["latest"]


class SectionSitemap(SiteSitemap):
    changefreq = "hourly"
    priority = 0.8

    def items(self):
        return [(name, code) for name in ("home", "news:article_list") for code in LANGUAGES]

    def location(self, item):
        name, code = item
        with translation.override(code):
            return reverse(name)


class ElectionSitemap(SiteSitemap):
    """The elections index, each election's hub, the document registry and each document, per language."""

    changefreq = "daily"

    def items(self):
        items = []
        for code in LANGUAGES:
            with translation.override(code):
                items += [(reverse("elections:election_list"), None), (reverse("elections:document_list"), None)]
        for model in (Election, Document):
            for record in model.objects.published().order_by("pk"):
                urls = [record.get_absolute_url(code) for code in LANGUAGES if record.available_in(code)]
                items += [(url, record.updated) for url in urls]
        return items

    def location(self, item):
        return item[0]

    def lastmod(self, item):
        return item[1]


SITEMAPS = {
    "sections": SectionSitemap,
    "news": ArticleSitemap,
    "categories": CategorySitemap,
    "pages": PageSitemap,
    "elections": ElectionSitemap,
}


def index(request, **kwargs):
    """The sitemap index, whose section addresses Django builds from the visitor's Host: from SITE_URL."""
    response = sitemap_views.index(request, **kwargs)
    if settings.SITE_URL:
        site = urlsplit(settings.SITE_URL)
        for item in response.context_data["sitemaps"]:
            item.location = urlsplit(item.location)._replace(scheme=site.scheme, netloc=site.netloc).geturl()
    return response


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        *[f"Disallow: /{code}/search/" for code in LANGUAGES],
        "Disallow: /editor/",
        "",
        f"Sitemap: {site_root(request)}{reverse('sitemap_index')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
