"""The review workflow's states, what a reviewed record keeps of it, and the comments on it.

Draft -> In review (submitted, by whom, when) -> Scheduled or Live (published by an editor), or
Returned (back to the author with a comment) -> In review again. Scheduled is Published with a
publication date still to come.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    REVIEW = "review", _("In review")
    RETURNED = "returned", _("Returned")
    PUBLISHED = "published", _("Published")


# The states in which the author works on a record; in the others it is an editor's.
AUTHOR_STATES = (Status.DRAFT, Status.RETURNED)


class Reviewed(models.Model):
    """What an article or page keeps of the workflow: who submitted it, and when it entered its state."""

    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    status_changed = models.DateTimeField(_("in this state since"), null=True, blank=True, editable=False)

    class Meta:
        abstract = True


class CommentQuerySet(models.QuerySet):
    def on(self, obj):
        """The comments on `obj`, oldest first."""
        return self.filter(content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk)


class Comment(models.Model):
    """A remark of the people working on an article or page: kept with it, never public."""

    class Kind(models.TextChoices):
        COMMENT = "comment", _("Comment")
        SUBMITTED = "submitted", _("Submitted for review")
        RETURNED = "returned", _("Returned with a comment")
        PUBLISHED = "published", _("Published")
        SCHEDULED = "scheduled", _("Scheduled")

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, verbose_name=_("content type"))
    object_id = models.PositiveBigIntegerField(_("object id"))
    content_object = GenericForeignKey("content_type", "object_id")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, verbose_name=_("author"), related_name="+"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.COMMENT)
    text = models.TextField(_("text"), blank=True)
    created = models.DateTimeField(_("written"), auto_now_add=True)

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["created", "id"]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        indexes = [models.Index(fields=["content_type", "object_id", "created"], name="workflow_comment_object")]

    def __str__(self):
        return self.text[:60] or self.get_kind_display()
