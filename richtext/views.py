from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.http import JsonResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from commission_site.security import is_verified_staff

from .images import clean_image

# Editors of any rich text may upload images into it.
UPLOAD_PERMISSIONS = ("news.change_article", "news.add_article", "pages.change_page")


def _error(message, status):
    return JsonResponse({"error": {"message": message}}, status=status)


@require_POST
def image_upload(request):
    """Store an image dropped into the editor and answer with its URL, as CKEditor 5 expects."""
    user = request.user
    if not user.is_authenticated:
        return _error(_("Log in to upload images."), 403)
    if not (is_verified_staff(request) and any(user.has_perm(p) for p in UPLOAD_PERMISSIONS)):
        return _error(_("You do not have permission to upload images."), 403)
    upload = request.FILES.get("upload")
    if upload is None:
        return _error(_("No file was sent."), 400)
    try:
        cleaned = clean_image(upload)
    except ValidationError as error:
        return _error(" ".join(error.messages), 400)
    name = default_storage.save(timezone.now().strftime("uploads/%Y/%m/") + cleaned.name, cleaned)
    return JsonResponse({"url": default_storage.url(name)})
