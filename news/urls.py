from django.urls import path, re_path

from . import views

app_name = "news"
urlpatterns = [
    path("", views.ArticleListView.as_view(), name="article_list"),
    path("category/<slug:slug>/", views.CategoryDetailView.as_view(), name="category_detail"),
    re_path(r"^(?P<year>[0-9]{4})/$", views.ArticleYearArchiveView.as_view(), name="archive_year"),
    re_path(
        r"^(?P<year>[0-9]{4})/(?P<month>[0-9]{2})/$",
        views.ArticleMonthArchiveView.as_view(),
        name="archive_month",
    ),
    path("<slug:slug>/", views.ArticleDetailView.as_view(), name="article_detail"),
]
