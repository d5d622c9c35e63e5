"""The site's URLs, plus what only the browser tests need.

Uploaded media: Django serves them only with DEBUG on (in production the web server does). Faults,
to show the 403, 500 and 503 pages as a visitor sees them.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.utils import OperationalError
from django.urls import path, re_path
from django.views.static import serve

from commission_site.urls import *  # noqa: F403  (the error handlers)
from commission_site.urls import urlpatterns as site_urlpatterns


def media(request, path):
    # MEDIA_ROOT is read per request: each test has its own (tests/conftest.py).
    return serve(request, path, document_root=settings.MEDIA_ROOT)


def forbidden(request):
    raise PermissionDenied


def server_fault(request):
    raise RuntimeError("A fault made on purpose by the browser tests")


def database_fault(request):
    raise OperationalError("The database is unreachable (made on purpose by the browser tests)")


urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", media),
    path("test-fault/403/", forbidden),
    path("test-fault/500/", server_fault),
    path("test-fault/503/", database_fault),
    *site_urlpatterns,
]
