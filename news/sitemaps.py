"""The news in sitemap.xml: every public article and category, in every language."""

from django.db.models import Max

from commission_site.sitemaps import LANGUAGES, SiteSitemap

from .models import Article, Category


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
