"""Site-wide views: error pages in the site's own style, and the health check."""

import logging

from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)


def _message(exception):
    """Return the explanation carried by an Http404 or BadRequest raised by the site itself."""
    message = exception.args[0] if exception and exception.args else ""
    return message if isinstance(message, str) else ""


def bad_request(request, exception):
    if isinstance(exception, DisallowedHost):
        # The site's frame needs the host for its absolute addresses; this page needs nothing.
        return render(request, "400_host.html", status=400)
    return render(request, "400.html", {"message": _message(exception)}, status=400)


def permission_denied(request, exception):
    return render(request, "403.html", status=403)


def csrf_failure(request, reason=""):
    message = _("The form had expired or came from another site. Go back, reload the page and try again.")
    return render(request, "403.html", {"message": message}, status=403)


def page_not_found(request, exception):
    return render(request, "404.html", {"request_path": request.path, "translatable_path": False}, status=404)


def server_error(request):
    # Rendered without a request context: the fault may be in the database or a context processor.
    from django.template import loader

    return HttpResponse(loader.get_template("500.html").render(), status=500)


@never_cache
def healthz(request):
    """Answer 200 when the database and the cache respond, 503 otherwise."""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except Exception:
        logger.exception("Health check: database unreachable")
        checks["database"] = "error"
    try:
        cache.set("healthz", 1, timeout=10)
        checks["cache"] = "ok" if cache.get("healthz") == 1 else "error"
    except Exception:
        logger.exception("Health check: cache unreachable")
        checks["cache"] = "error"
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse({"status": "ok" if healthy else "error", **checks}, status=200 if healthy else 503)
