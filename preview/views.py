import re

from django.http import Http404
from django.utils.translation import gettext as _

from .links import PREVIEWABLE, detail_view, latest_revision, use_up
from .models import PreviewLink

TOKEN = re.compile(r"[A-Za-z0-9_-]{1,64}")  # what secrets.token_urlsafe() makes


def preview(request, token):
    """Show a draft or scheduled article or page exactly as it will look, from a shared link, with the
    version it shows; 404 once the link expired, was revoked, or its record was published."""
    if not TOKEN.fullmatch(token):
        raise Http404(_("This preview link is not valid or has expired."))
    link = PreviewLink.objects.select_related("content_type").filter(token=token).first()
    label = link and f"{link.content_type.app_label}.{link.content_type.model}"
    obj = link.content_object if label in PREVIEWABLE and link.is_usable() else None
    if obj is None:
        raise Http404(_("This preview link is not valid or has expired."))
    if obj.is_published():
        use_up(obj)  # and the detail view says why there is nothing to preview
    response = detail_view(obj).as_view(preview_pk=obj.pk)(request)
    revision = latest_revision(obj)
    response.context_data.update(
        {
            "preview_link": link,
            "preview_version": revision and revision.number,
            "preview_saved": revision and revision.created,
        }
    )
    return response
