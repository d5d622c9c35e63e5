from django.conf import settings


def is_verified_staff(request):
    """Return whether the request is an active staff member's session that passed the one-time code
    whenever ADMIN_REQUIRE_2FA is on: the one rule for the admin, editor uploads and draft previews."""
    user = request.user
    if not (user.is_active and user.is_staff):
        return False
    return not settings.ADMIN_REQUIRE_2FA or user.is_verified()  # is_verified: django_otp's OTPMiddleware


def client_ip(request):
    """Return the visitor's address: the proxy's last X-Forwarded-For hop behind the TLS proxy."""
    if settings.BEHIND_TLS_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")
