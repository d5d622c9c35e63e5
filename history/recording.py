"""Who is saving, and the post_save receiver that turns every save into a revision."""

from contextlib import contextmanager
from contextvars import ContextVar

from .registry import same, snapshot, tracked_children

# The user on whose behalf records are being saved; None outside the admin (scripts, commands).
acting_user = ContextVar("acting_user", default=None)
# What the saves in progress amount to, e.g. "Restored the version of ...".
revision_comment = ContextVar("revision_comment", default="")


# While set, saves of records with tracked rows are not recorded by the post_save receiver: the
# admin records them once their rows are saved too (record_now).
rows_follow = ContextVar("rows_follow", default=False)


@contextmanager
def recording_after_rows():
    """Leave the recording of records with tracked rows to an explicit record_now() in the block."""
    token = rows_follow.set(True)
    try:
        yield
    finally:
        rows_follow.reset(token)


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
    if raw or (rows_follow.get() and tracked_children(sender)):
        return
    record_now(instance)


def record_now(instance):
    """Keep the values of `instance` (and its tracked rows) unless they equal its latest revision."""
    from .models import Revision

    data = snapshot(instance)
    latest = Revision.objects.for_object(instance).only("data").first()
    if latest is not None and same(type(instance), latest.data, data):
        return
    Revision.objects.create(
        content_object=instance, user=acting_user.get(), comment=revision_comment.get()[:255], data=data
    )
