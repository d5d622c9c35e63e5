"""Site-wide response headers and graceful answers when the database is unreachable."""

import logging

from django.conf import settings
from django.db.utils import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader

logger = logging.getLogger(__name__)


def _policy(directives):
    return "; ".join(f"{name} {' '.join(values)}" for name, values in directives.items())


# Public pages: no inline script or style, nothing from other hosts.
PUBLIC_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
# The admin: CKEditor 5 sets inline styles and shows pasted or uploaded images as blobs; scripts
# stay same-origin only (no inline scripts, no eval).
ADMIN_CSP = {**PUBLIC_CSP, "style-src": ["'self'", "'unsafe-inline'"], "img-src": ["'self'", "data:", "blob:"]}

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer", "camera", "geolocation", "gyroscope", "magnetometer", "microphone",
        "payment", "usb", "interest-cohort", "browsing-topics",
    )
)  # fmt: skip


class SecurityHeadersMiddleware:
    """Add Content-Security-Policy and Permissions-Policy (Django sets the other headers)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.public_policy = _policy(PUBLIC_CSP)
        self.admin_policy = _policy(ADMIN_CSP)
        self.admin_prefix = "/" + settings.ADMIN_URL

    def __call__(self, request):
        response = self.get_response(request)
        admin = request.path.startswith(self.admin_prefix)
        response.setdefault("Content-Security-Policy", self.admin_policy if admin else self.public_policy)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


class DatabaseUnavailableMiddleware:
    """Answer 503 with a friendly page when the database cannot be reached; retry on every request."""

    RETRY_AFTER_SECONDS = 30

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, (OperationalError, InterfaceError)):
            return None
        logger.error("Database unavailable: %s", exception)
        response = HttpResponse(loader.get_template("503.html").render({}), status=503)
        response["Retry-After"] = str(self.RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
