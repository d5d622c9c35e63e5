import uuid

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from medialibrary.body import describe_images
from medialibrary.models import GalleryPhoto, missing_description_message
from multilingual.models import Translatable, TranslatableQuerySet, current_language
from multilingual.reversing import reverse_in
from richtext.fields import RichTextField
from richtext.models import Attachment
from richtext.sanitize import summarize
from workflow.models import Reviewed, Status

EXCERPT_LENGTH = 200


class CategoryQuerySet(models.QuerySet):
    def in_language(self, language=None):
        """Return the categories that have a name and slug in `language`."""
        language = language or current_language()
        return self.exclude(**{f"slug_{language}": ""}).exclude(**{f"name_{language}": ""})


class Category(models.Model):
    """A news section; its name, slug and description are kept once per language."""

    name_tk = models.CharField(_("name (Turkmen)"), max_length=100, blank=True)
    name_ru = models.CharField(_("name (Russian)"), max_length=100, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=100, blank=True)
    slug_tk = models.SlugField(_("slug (Turkmen)"), max_length=100, blank=True)
    slug_ru = models.SlugField(_("slug (Russian)"), max_length=100, blank=True)
    slug_en = models.SlugField(_("slug (English)"), max_length=100, blank=True)
    description_tk = models.TextField(_("description (Turkmen)"), blank=True)
    description_ru = models.TextField(_("description (Russian)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    order = models.PositiveSmallIntegerField(
        _("display order"), default=0, help_text=_("Lower numbers are listed first.")
    )

    objects = CategoryQuerySet.as_manager()

    class Meta:
        ordering = ["order", "id"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        constraints = [
            models.UniqueConstraint(
                fields=[f"slug_{code}"],
                condition=~Q(**{f"slug_{code}": ""}),
                name=f"news_category_unique_slug_{code}",
                violation_error_message=_("Another category already uses this slug."),
            )
            for code, _name in settings.LANGUAGES
        ]

    def __str__(self):
        return self.name or self.translated("name", fallback=True) or f"#{self.pk}"

    def get_absolute_url(self, language=None):
        language = language or current_language()
        slug = self.translated("slug", language)
        if not slug:
            return None
        return reverse_in(language, "news:category_detail", slug=slug)

    def translated(self, field, language=None, fallback=False):
        """Return `field` in `language`; with `fallback`, the first language that has it."""
        value = getattr(self, f"{field}_{language or current_language()}")
        if value or not fallback:
            return value
        return next(
            (getattr(self, f"{field}_{c}") for c, _n in settings.LANGUAGES if getattr(self, f"{field}_{c}")), ""
        )

    @property
    def name(self):
        return self.translated("name")

    @property
    def slug(self):
        return self.translated("slug")

    @property
    def description(self):
        return self.translated("description")

    def clean(self):
        languages = [code for code, _name in settings.LANGUAGES]
        if not any(getattr(self, f"name_{code}") for code in languages):
            raise ValidationError(_("Give the category a name in at least one language."))
        for code in languages:
            name = getattr(self, f"name_{code}")
            if name and not getattr(self, f"slug_{code}"):
                setattr(self, f"slug_{code}", slugify(name)[:100])
            if getattr(self, f"slug_{code}") and not name:
                raise ValidationError({f"name_{code}": _("A slug needs a name in the same language.")})


class ArticleQuerySet(TranslatableQuerySet):
    def published(self):
        """Return the articles the public may see: published, and due."""
        return self.filter(status=Article.Status.PUBLISHED, publish_at__lte=timezone.now())

    def scheduled_moments(self):
        """Return the moments scheduled articles come out, as values(moment=...) rows (sitecache's schedule)."""
        scheduled = self.filter(status=Article.Status.PUBLISHED, publish_at__gt=timezone.now())
        return scheduled.order_by().values(moment=F("publish_at"))

    def for_listing(self):
        """The columns a list shows. Lists do not show the category: no join, and no category to
        build per row (a third of the ORM's work on an uncached list); the feeds join it."""
        return self.only(
            "id", "language", "title", "slug", "summary", "publish_at", "featured", "category", *COVER_COLUMNS,
        ).select_related("cover_image")  # fmt: skip

    def for_page(self):
        """What an article page shows: with its category and the number of its photos and documents
        (the page queries its gallery and documents only when it has them)."""
        return (
            self.select_related("category", "cover_image")
            .defer("search_vector", "search_title", "search_text")
            .annotate(photo_count=count_of(ArticlePhoto), attachment_count=count_of(ArticleAttachment))
        )

    def at_address(self, language, slug):
        """Return the article at `slug` in `language`, published or not, or None."""
        return self.for_page().filter(language=language, slug=slug).first()

    def around(self, article, related=3):
        """Return (previous, next, related) articles of this queryset around `article`, in one query."""
        at, pk = article.publish_at, article.pk
        ids = self.values("pk")
        # Each part is an index seek with its own limit; equal times are ordered by id.
        earlier = ids.filter(Q(publish_at__lt=at) | Q(publish_at=at, pk__lt=pk)).order_by("-publish_at", "-pk")
        later = ids.filter(Q(publish_at__gt=at) | Q(publish_at=at, pk__gt=pk)).order_by("publish_at", "pk")
        same_category = ids.filter(category_id=article.category_id).exclude(pk=pk).order_by("-publish_at", "-pk")
        rows = list(self.filter(Q(pk__in=earlier[:1]) | Q(pk__in=later[:1]) | Q(pk__in=same_category[:related])))

        def position(a):
            return (a.publish_at, a.pk)

        previous = max((a for a in rows if position(a) < (at, pk)), key=position, default=None)
        following = min((a for a in rows if position(a) > (at, pk)), key=position, default=None)
        siblings = sorted((a for a in rows if a.category_id == article.category_id), key=position, reverse=True)
        return previous, following, siblings[:related]


def count_of(model):
    """The number of rows of `model` that belong to the article of the outer query."""
    rows = model.objects.filter(article=OuterRef("pk")).order_by().values("article")
    return Coalesce(Subquery(rows.annotate(count=Count("pk")).values("count")), 0)


def categories_by_pk():
    """Every category by id: a handful of rows, kept per content version in the worker's memory."""
    from sitecache.versioning import versioned

    return versioned("news:categories", lambda: {c.pk: c for c in Category.objects.all()})


# The columns of a cover that lists read with their articles (medialibrary.Image).
COVER_COLUMNS = [
    f"cover_image__{name}"
    for name in ("file", "width", "height", "focal_x", "focal_y", *(f"description_{c}" for c, _n in settings.LANGUAGES))
]


class Article(Reviewed, Translatable):
    Status = Status

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        db_index=False,  # Covered by the unique (language, slug) constraint.
        help_text=_("The last part of the article's address; unique within its language."),
    )
    category = models.ForeignKey(
        Category, verbose_name=_("category"), on_delete=models.PROTECT, related_name="articles"
    )
    excerpt = models.TextField(
        _("excerpt"),
        max_length=300,
        blank=True,
        help_text=_("Optional. Left blank, the first 200 or so characters of the body are used."),
    )
    summary = models.TextField(_("summary"), editable=False, blank=True)
    body = RichTextField(_("body"))
    cover_image = models.ForeignKey(
        "medialibrary.Image",
        verbose_name=_("cover image"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="covered_articles",
        help_text=_("An image of the media library; its description in the article's language is its text."),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    publish_at = models.DateTimeField(
        _("publication date"),
        default=timezone.now,
        help_text=_("A future date schedules the article: it appears by itself at that time."),
    )
    featured = models.BooleanField(_("featured"), default=False, help_text=_("Featured articles lead the home page."))
    election = models.ForeignKey(
        "elections.Election",
        verbose_name=_("election"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        help_text=_("Link the article to an election: it then appears on the election's page."),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="articles",
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)
    # The search index (search.indexing): stems of the title, and of the rest of the text.
    search_title = models.TextField(editable=False, blank=True, default="")
    search_text = models.TextField(editable=False, blank=True, default="")
    search_vector = SearchVectorField(null=True, editable=False)

    objects = ArticleQuerySet.as_manager()

    class Meta(Translatable.Meta):
        ordering = ["-publish_at", "-id"]
        get_latest_by = "publish_at"
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        permissions = [("publish_article", _("Can publish articles"))]
        constraints = [
            *Translatable.Meta.constraints,
            models.UniqueConstraint(
                fields=["language", "slug"],
                name="news_article_unique_slug_per_language",
                violation_error_message=_("Another article in this language already uses this slug."),
            ),
        ]
        indexes = [
            # Ordered like the public lists (publish_at, then id), so pages are read straight off the index.
            models.Index(fields=["language", "status", "-publish_at", "-id"], name="news_article_listing"),
            models.Index(fields=["category", "language", "status", "-publish_at", "-id"], name="news_article_category"),
            # The next scheduled article in any language (sitecache's schedule, read again after every
            # change): a seek, not a walk through the listing index language by language.
            models.Index(fields=["status", "publish_at"], name="news_article_schedule"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse_in(self.language, "news:article_detail", slug=self.slug)

    def is_published(self):
        """Say in Python what ArticleQuerySet.published() says in SQL."""
        return self.status == self.Status.PUBLISHED and self.publish_at <= timezone.now()

    @property
    def is_scheduled(self):
        return self.status == self.Status.PUBLISHED and self.publish_at > timezone.now()

    @property
    def cover_alt(self):
        """The cover's description in the article's language (from the media library)."""
        return self.cover_image.description_in(self.language) if self.cover_image_id else ""

    def gallery(self):
        """Return the photos of the gallery with their library images, in order."""
        return self.photos.select_related("image")

    def clean(self):
        if self.cover_image_id and self.language and not self.cover_alt.strip():
            raise ValidationError({"cover_image": missing_description_message(self.language)})
        if self.slug and self.slug.isdigit():
            raise ValidationError({"slug": _("A slug cannot be only digits; add a word.")})

    def save(self, *args, **kwargs):
        self.publish_at = self.publish_at.replace(microsecond=0)  # minutes matter; microseconds only get lost
        self.summary = self.excerpt.strip() or summarize(self.body, EXCERPT_LENGTH)
        super().save(*args, **kwargs)
        describe_images(self.body, self.language)  # the body's images keep their descriptions in the library


# Where covers and gallery photos were stored before the media library (the early migrations name them).
def cover_upload_to(instance, filename):
    extension = filename.rsplit(".", 1)[-1].lower()
    return timezone.now().strftime(f"news/covers/%Y/%m/{uuid.uuid4().hex}.{extension}")


def photo_upload_to(instance, filename):
    extension = filename.rsplit(".", 1)[-1].lower()
    return timezone.now().strftime(f"news/photos/%Y/%m/{uuid.uuid4().hex}.{extension}")


class ArticlePhoto(GalleryPhoto):
    """A photo of an article's gallery, shown under the body."""

    media_owner_field = "article"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="photos", verbose_name=_("article"))
    image = models.ForeignKey(
        "medialibrary.Image",
        verbose_name=_("photo"),
        on_delete=models.PROTECT,
        related_name="gallery_photos",
        help_text=_("An image of the media library; its description in the article's language is its text."),
    )


class ArticleAttachment(Attachment):
    owner_field = "article"

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="attachments", verbose_name=_("article")
    )

    class Meta(Attachment.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
