from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path

from elections.sitemaps import ElectionSitemap
from news.sitemaps import ArticleSitemap, CategorySitemap
from pages.sitemaps import PageSitemap
from pages.views import home
from preview.views import preview

from . import views
from .sitemaps import SectionSitemap, robots_txt
from .sitemaps import index as sitemap_index

SITEMAPS = {
    "sections": SectionSitemap,
    "news": ArticleSitemap,
    "categories": CategorySitemap,
    "pages": PageSitemap,
    "elections": ElectionSitemap,
}

urlpatterns = [
    path(settings.ADMIN_URL, include("accounts.urls")),
    path(settings.ADMIN_URL, admin.site.urls),
    path("editor/", include("medialibrary.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path(
        "sitemap.xml",
        sitemap_index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap_index",
    ),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap_section"),
]
urlpatterns += i18n_patterns(
    path("", home, name="home"),
    path("news/", include("news.urls")),
    path("search/", include("search.urls")),
    path("preview/<str:token>/", preview, name="preview"),
    path("elections/", include("elections.urls")),
    path("", include("pages.urls")),
)
if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler400 = views.bad_request
handler403 = views.permission_denied
handler404 = views.page_not_found
handler500 = views.server_error
