"""The admin speaks each staff member's own language, kept on their account."""

from django.conf import settings
from django.utils import translation

from .models import profile_of

SESSION_KEY = "accounts:admin-language"


def remember_language(sender, request, user, **kwargs):
    """Signal receiver (user_logged_in): keep the account's language in the session for its requests."""
    if user.is_staff:
        request.session[SESSION_KEY] = profile_of(user).language


class StaffLanguageMiddleware:
    """In the admin, the language of the logged-in staff member's account, whatever the browser asks."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = "/" + settings.ADMIN_URL

    def __call__(self, request):
        if request.path.startswith(self.prefix) and getattr(request, "user", None) and request.user.is_staff:
            language = request.session.get(SESSION_KEY)
            if language is None:
                language = request.session[SESSION_KEY] = profile_of(request.user).language
            if language:  # chosen on the account; otherwise the browser's, as LocaleMiddleware found it
                translation.activate(language)
                request.LANGUAGE_CODE = language
        return self.get_response(request)
