from django.conf import settings
from django.conf.locale import LANG_INFO
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from medialibrary.body import describe_images
from medialibrary.models import GalleryPhoto
from multilingual.models import Translatable, TranslatableQuerySet
from multilingual.reversing import reverse_in
from richtext.fields import RichTextField
from richtext.models import Attachment
from workflow.models import Reviewed, Status

# First path segments that belong to other parts of the site.
RESERVED_SLUGS = {"news", "search", "preview", "static", "media", "admin", "feeds", "elections", "documents"}


class PageQuerySet(TranslatableQuerySet):
    def published(self):
        """Return the pages the public may see."""
        return self.filter(status=Page.Status.PUBLISHED)

    def below(self, path):
        """Return the pages under the page at `path` (its children, their children...)."""
        return self.filter(path__startswith=f"{path}/")

    def in_menu(self, language=None):
        return self.published().in_language(language).filter(parent=None, show_in_menu=True)

    def for_page(self):
        """What a page shows: with the number of its photos (the page queries its gallery only when it has one)."""
        photos = PagePhoto.objects.filter(page=OuterRef("pk")).order_by().values("page")
        return self.annotate(photo_count=Coalesce(Subquery(photos.annotate(count=Count("pk")).values("count")), 0))


class Page(Reviewed, Translatable):
    """A commission page (About, Members, Contacts...), one record per language, in a tree."""

    Status = Status

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, help_text=_("The last part of the page's address."))
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent page"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        help_text=_("Leave empty for a top-level page. The parent must be in the same language."),
    )
    path = models.CharField(_("path"), max_length=500, editable=False)
    body = RichTextField(_("body"), blank=True)
    menu_order = models.PositiveSmallIntegerField(
        _("menu order"), default=0, help_text=_("Lower numbers come first in menus and lists.")
    )
    show_in_menu = models.BooleanField(_("show in main menu"), default=False, help_text=_("Top-level pages only."))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="pages",
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)
    # The search index (search.indexing): stems of the title, and of the rest of the text.
    search_title = models.TextField(editable=False, blank=True, default="")
    search_text = models.TextField(editable=False, blank=True, default="")
    search_vector = SearchVectorField(null=True, editable=False)

    objects = PageQuerySet.as_manager()

    class Meta(Translatable.Meta):
        ordering = ["menu_order", "title"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        permissions = [("publish_page", _("Can publish pages"))]
        constraints = [
            *Translatable.Meta.constraints,
            models.UniqueConstraint(
                fields=["language", "path"],
                name="pages_page_unique_path_per_language",
                violation_error_message=_("Another page in this language already has this address."),
            ),
        ]
        indexes = [models.Index(fields=["language", "parent", "status", "menu_order"])]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse_in(self.language, "pages:page_detail", path=self.path)

    def is_published(self):
        return self.status == self.Status.PUBLISHED

    @cached_property
    def photo_count(self):
        """The number of photos in the gallery (a page read with PageQuerySet.for_page() has it already)."""
        return self.photos.count()

    def gallery(self):
        """Return the photos of the gallery with their library images, in order."""
        return self.photos.select_related("image")

    def build_path(self):
        return f"{self.parent.path}/{self.slug}" if self.parent_id else self.slug

    def ancestor_paths(self):
        """Return the paths of this page's ancestors, root first."""
        parts = self.path.split("/")
        return ["/".join(parts[:i]) for i in range(1, len(parts))]

    def clean(self):
        if self.parent_id:
            if self.parent.language != self.language:
                raise ValidationError({"parent": _("The parent page must be in the same language.")})
            ancestor = self.parent
            while ancestor is not None:
                if ancestor.pk == self.pk:
                    raise ValidationError({"parent": _("A page cannot be placed under itself.")})
                ancestor = ancestor.parent
        elif self.slug in RESERVED_SLUGS or self.slug in LANG_INFO:
            raise ValidationError({"slug": _("This address is used by another part of the site; choose another slug.")})
        self.path = self.build_path()

    @transaction.atomic
    def save(self, *args, **kwargs):
        old_path = self.path
        self.path = self.build_path()
        super().save(*args, **kwargs)
        describe_images(self.body, self.language)  # the body's images keep their descriptions in the library
        if old_path and old_path != self.path:
            for child in self.children.all():
                child.save()


class PageAttachment(Attachment):
    owner_field = "page"

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="attachments", verbose_name=_("page"))

    class Meta(Attachment.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")


class PagePhoto(GalleryPhoto):
    """A photo of a page's gallery, shown under the body."""

    media_owner_field = "page"

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="photos", verbose_name=_("page"))
    image = models.ForeignKey(
        "medialibrary.Image",
        verbose_name=_("photo"),
        on_delete=models.PROTECT,
        related_name="page_gallery_photos",
        help_text=_("An image of the media library; its description in the page's language is its text."),
    )
