"""The elections hub and the document registry in sitemap.xml."""

from django.urls import reverse
from django.utils import translation

from commission_site.sitemaps import LANGUAGES, SiteSitemap

from .models import Document, Election


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
