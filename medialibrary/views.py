"""The rich text editor's image upload: an image dropped into a body joins the media library."""

from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from commission_site.security import is_verified_staff
from richtext.images import validate_image

from .models import Image


def _error(message, status):
    return JsonResponse({"error": {"message": message}}, status=status)


@require_POST
def body_image_upload(request):
    """Store an image dropped into the editor as a library image (verified and stripped of metadata like
    every one) and answer with its URL, as CKEditor 5 expects. Its description is the text alternative
    typed in the editor, kept in the library in the article's language when the article is saved."""
    user = request.user
    if not user.is_authenticated:
        return _error(_("Log in to upload images."), 403)
    if not (is_verified_staff(request) and user.has_perm("medialibrary.add_image")):
        return _error(_("You do not have permission to upload images."), 403)
    upload = request.FILES.get("upload")
    if upload is None:
        return _error(_("No file was sent."), 400)
    try:
        validate_image(upload)  # says why a file is refused
    except ValidationError as error:
        return _error(" ".join(error.messages), 400)
    image = Image(file=upload, uploaded_by=user)
    try:
        image.save()
    except OSError:
        message = _(
            "The file could not be stored, so nothing was saved. Try again; if this happens again, "
            "tell a site administrator."
        )
        return _error(message, 503)
    return JsonResponse({"url": image.file.url})
