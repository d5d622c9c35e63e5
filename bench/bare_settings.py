"""A bare Django project for the benchmark's reference: three middleware and one view returning a
short HTML string, no database, no template, no cache. Served by the project's gunicorn.conf.py
(`DJANGO_SETTINGS_MODULE=bench.bare_settings gunicorn -c gunicorn.conf.py commission_site.wsgi`)."""

from django.http import HttpResponse
from django.urls import path

SECRET_KEY = "bench-bare-view-not-secret"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = []
DATABASES = {}
USE_TZ = True
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]
ROOT_URLCONF = "bench.bare_settings"
HTML = "<!DOCTYPE html><html lang=en><title>Bare</title><p>Election night.</p></html>"


def bare(request):
    return HttpResponse(HTML)


urlpatterns = [path("", bare), path("healthz", bare)]
