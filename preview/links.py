"""Which records can be previewed, making links, and the rule that a publication ends every link."""

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.module_loading import import_string

from history.models import Revision

from .models import PreviewLink

# Model label -> the public detail view that shows a record of it, given `preview_pk`.
PREVIEWABLE = {
    "news.article": "news.views.ArticleDetailView",
    "pages.page": "pages.views.PageDetailView",
}


def detail_view(obj):
    return import_string(PREVIEWABLE[obj._meta.label_lower])


def publish_permission(obj):
    """The permission of the editors who publish records like `obj`, and who may revoke their links."""
    return f"{obj._meta.app_label}.publish_{obj._meta.model_name}"


def may_make_link(user, obj):
    """Whoever may edit the record may share a preview of it."""
    opts = obj._meta
    return user.has_perm("preview.add_previewlink") and user.has_perm(f"{opts.app_label}.change_{opts.model_name}")


def may_revoke_link(user, obj):
    return user.has_perm(publish_permission(obj))


def latest_revision(obj):
    """Return the record's latest saved version (history.Revision), or None."""
    return Revision.objects.for_object(obj).only("number", "created").first()


def make_link(obj, user=None):
    """Make a new preview link of `obj`, for the version saved last."""
    revision = latest_revision(obj)
    return PreviewLink.objects.create(
        content_object=obj,
        revision=revision,
        version=revision and revision.number,
        version_saved=revision and revision.created,
        created_by=user if user is not None and user.is_authenticated else None,
    )


def use_up(obj):
    """End every link made so far of `obj`: it is, or has just been, public."""
    PreviewLink.objects.for_object(obj).filter(used_up_at=None).update(used_up_at=timezone.now())


def use_up_on_publication(sender, instance, raw=False, **kwargs):
    """pre_save receiver: a record that was public until this save, or is public from it, ends its links,
    so that no link made before a publication works again after an unpublish."""
    if raw or instance.pk is None:
        return
    if instance.is_published() or sender.objects.published().filter(pk=instance.pk).exists():
        use_up(instance)


def forget_links(sender, instance, **kwargs):
    """post_delete receiver: the links of a deleted record go with it."""
    PreviewLink.objects.for_object(instance).delete()


def preview_link_html(obj):
    """The admin's view of an object's preview links: each usable one, and how to make or revoke one."""
    opts = obj._meta if obj is not None else None
    context = {"obj": obj}
    if obj is not None and obj.pk is not None:
        links = list(PreviewLink.objects.for_object(obj).usable()) if not obj.is_published() else []
        context.update(
            {
                "links": links,
                "published": obj.is_published(),
                "make_url": reverse(
                    "admin:preview_previewlink_make", kwargs={"label": opts.label_lower, "object_id": obj.pk}
                ),
            }
        )
    return render_to_string("admin/preview/preview_links_field.html", context)
