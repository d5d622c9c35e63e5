"""Who is saving, and the post_save receiver that turns every save into a revision."""

from contextlib import contextmanager
from contextvars import ContextVar

from .registry import snapshot

# The user on whose behalf records are being saved; None outside the admin (scripts, commands).
acting_user = ContextVar("acting_user", default=None)
# What the saves in progress amount to, e.g. "Restored the version of ...".
revision_comment = ContextVar("revision_comment", default="")


@contextmanager
def acting_as(user, comment=""):
    """Record the revisions made inside the block as made by `user`, with `comment`."""
    user_token = acting_user.set(user if user is not None and user.is_authenticated else None)
    comment_token = revision_comment.set(str(comment))
    try:
        yield
    finally:
        revision_comment.reset(comment_token)
        acting_user.reset(user_token)


def record_revision(sender, instance, raw=False, **kwargs):
    """post_save receiver: keep the saved values unless they equal the record's latest revision."""
    if raw:
        return
    from .models import Revision

    data = snapshot(instance)
    latest = Revision.objects.for_object(instance).only("data").first()
    if latest is not None and latest.data == data:
        return
    Revision.objects.create(
        content_object=instance, user=acting_user.get(), comment=revision_comment.get()[:255], data=data
    )
