from django.conf import settings


def client_ip(request):
    """Return the visitor's address: the proxy's last X-Forwarded-For hop behind the TLS proxy."""
    if settings.BEHIND_TLS_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")
