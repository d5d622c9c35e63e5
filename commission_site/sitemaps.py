"""sitemap.xml and robots.txt: the sitemap base every app's sitemap uses, the sections of the site, the index
with SITE_URL's addresses. The content apps own their sitemaps (news/sitemaps.py, pages/..., elections/...)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_GET

from .absolute import site_root

LANGUAGES = [code for code, _name in settings.LANGUAGES]


class SiteSitemap(Sitemap):
    """Uses SITE_URL for the addresses when it is set."""

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme or super().get_protocol(protocol)

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc or super().get_domain(site)


class SectionSitemap(SiteSitemap):
    changefreq = "hourly"
    priority = 0.8

    def items(self):
        return [(name, code) for name in ("home", "news:article_list") for code in LANGUAGES]

    def location(self, item):
        name, code = item
        with translation.override(code):
            return reverse(name)


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
