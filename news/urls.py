from django.urls import path, re_path

from . import views
from .feeds import ArticleFeed, AtomArticleFeed

app_name = "news"
urlpatterns = [
    path("", views.ArticleListView.as_view(), name="article_list"),
    path("feed/rss/", ArticleFeed(), name="feed_rss"),
    path("feed/atom/", AtomArticleFeed(), name="feed_atom"),
    path("category/<slug:slug>/", views.CategoryDetailView.as_view(), name="category_detail"),
    path("category/<slug:slug>/feed/rss/", ArticleFeed(), name="category_feed_rss"),
    path("category/<slug:slug>/feed/atom/", AtomArticleFeed(), name="category_feed_atom"),
    re_path(r"^(?P<year>[0-9]{4})/$", views.ArticleYearArchiveView.as_view(), name="archive_year"),
    re_path(
        r"^(?P<year>[0-9]{4})/(?P<month>[0-9]{2})/$",
        views.ArticleMonthArchiveView.as_view(),
        name="archive_month",
    ),
    path("<slug:slug>/", views.ArticleDetailView.as_view(), name="article_detail"),
]
