"""RSS and Atom feeds of the news, all of it or one category, in the language of the URL.

Addresses are absolute from SITE_URL when it is set (Django would take the visitor's Host otherwise).
"""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from commission_site.absolute import absolute_url
from multilingual.models import current_language

from .models import Article, Category

FEED_LENGTH = 20


class ArticleFeed(Feed):
    feed_type = Rss201rev2Feed
    url_names = ("news:feed_rss", "news:category_feed_rss")

    def get_object(self, request, slug=None):
        if slug is None:
            return None
        language = current_language()
        return get_object_or_404(Category.objects.in_language(language), **{f"slug_{language}": slug})

    def title(self, category):
        site = _("Central Commission for Elections and Referendums")
        return f"{category.name} — {site}" if category else f"{_('News')} — {site}"

    def link(self, category):
        return absolute_url(category.get_absolute_url() if category else reverse("news:article_list"))

    def feed_url(self, category):
        everything, one_category = self.url_names
        return absolute_url(reverse(one_category, kwargs={"slug": category.slug}) if category else reverse(everything))

    def description(self, category):
        return (category and category.description) or _("News of the Central Commission for Elections and Referendums.")

    def items(self, category):
        articles = Article.objects.published().in_language().for_listing().select_related("category")
        if category is not None:
            articles = articles.filter(category=category)
        return articles[:FEED_LENGTH]

    def item_title(self, article):
        return article.title

    def item_link(self, article):
        return absolute_url(article.get_absolute_url())

    def item_description(self, article):
        """The summary is plain text; RSS descriptions and Atom summaries are read as HTML."""
        return escape(article.summary)

    def item_pubdate(self, article):
        return article.publish_at

    def item_categories(self, article):
        name = article.category.name
        return [name] if name else []

    def item_guid(self, article):
        return f"{settings.FEED_GUID_PREFIX}article-{article.pk}"

    item_guid_is_permalink = False


class AtomArticleFeed(ArticleFeed):
    feed_type = Atom1Feed
    url_names = ("news:feed_atom", "news:category_feed_atom")
    subtitle = ArticleFeed.description

    def item_updateddate(self, article):
        return article.publish_at
