"""The commission pages in sitemap.xml."""

from django.db.models import Max

from commission_site.sitemaps import SiteSitemap

from .models import Page


class PageSitemap(SiteSitemap):
    changefreq = "monthly"

    def items(self):
        return Page.objects.published().only("language", "path", "updated").order_by("pk")

    def lastmod(self, page):
        return page.updated

    def get_latest_lastmod(self):
        return Page.objects.published().aggregate(latest=Max("updated"))["latest"]
