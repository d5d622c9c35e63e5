import uuid

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Coalesce, NullIf
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from richtext.fields import VerifiedImageField
from richtext.renditions import CENTRE, CROPS, make_crops, renditions

LANGUAGE_NAMES = {"tk": _("Turkmen"), "ru": _("Russian"), "en": _("English")}
FRACTION = [MinValueValidator(0.0), MaxValueValidator(1.0)]


def image_upload_to(instance, filename):
    extension = filename.rsplit(".", 1)[-1].lower()
    return timezone.now().strftime(f"library/%Y/%m/{uuid.uuid4().hex}.{extension}")


def current_language():
    """Return the code of the active language among the site's, else Turkmen."""
    code = (get_language() or "")[:2]
    return code if code in LANGUAGE_NAMES else "tk"


NO_COLLECTION = "none"


def name_order(language=None):
    """The ordering of collections by their name in `language` (the active one), Turkmen where it has none."""
    code = language or current_language()
    return [Coalesce(NullIf(f"name_{code}", models.Value("")), "name_tk").asc(), "pk"]


class CollectionQuerySet(models.QuerySet):
    def in_name_order(self, language=None):
        return self.order_by(*name_order(language))


class Collection(models.Model):
    """A folder of the media library: each image is in one collection, or in none."""

    name_tk = models.CharField(
        _("name (Turkmen)"),
        max_length=100,
        unique=True,
        error_messages={"unique": _("There is already a collection with this Turkmen name.")},
    )
    name_ru = models.CharField(
        _("name (Russian)"), max_length=100, blank=True, help_text=_("Without it, the Turkmen name is shown.")
    )
    name_en = models.CharField(
        _("name (English)"), max_length=100, blank=True, help_text=_("Without it, the Turkmen name is shown.")
    )

    objects = CollectionQuerySet.as_manager()

    class Meta:
        ordering = ["name_tk", "pk"]
        verbose_name = _("collection")
        verbose_name_plural = _("collections")

    def __str__(self):
        return self.name_in()

    def name_in(self, language=None):
        """Return the name in `language` (the active one), else the Turkmen name."""
        return getattr(self, f"name_{language or current_language()}", "") or self.name_tk


DESCRIPTION_HELP = _("What the image shows, for readers who cannot see it. Required in every language it is used in.")


class ImageQuerySet(models.QuerySet):
    def in_collection(self, value):
        """Return the images of the collection `value` names: its id, or "none" for the images in none
        (the filter of the image list and of the chooser); any other value filters nothing."""
        if value == NO_COLLECTION:
            return self.filter(collection__isnull=True)
        if str(value).isdigit():
            return self.filter(collection_id=value)
        return self


class Image(models.Model):
    """An image of the media library: one file, shown as a cover or in galleries in any language."""

    file = VerifiedImageField(
        _("image"),
        upload_to=image_upload_to,
        width_field="width",
        height_field="height",
        help_text=_("JPEG, PNG, WebP or GIF. Location data and other metadata are removed."),
    )
    width = models.PositiveIntegerField(_("width"), null=True, editable=False)
    height = models.PositiveIntegerField(_("height"), null=True, editable=False)
    focal_x = models.FloatField(
        _("focal point, across"),
        default=CENTRE[0],
        validators=FRACTION,
        help_text=_("From 0 (left edge) to 1 (right edge). Every crop of the image keeps this point."),
    )
    focal_y = models.FloatField(
        _("focal point, down"),
        default=CENTRE[1],
        validators=FRACTION,
        help_text=_("From 0 (top edge) to 1 (bottom edge). Every crop of the image keeps this point."),
    )
    description_tk = models.CharField(
        _("description (Turkmen)"), max_length=250, blank=True, help_text=DESCRIPTION_HELP
    )
    description_ru = models.CharField(
        _("description (Russian)"), max_length=250, blank=True, help_text=DESCRIPTION_HELP
    )
    description_en = models.CharField(
        _("description (English)"), max_length=250, blank=True, help_text=DESCRIPTION_HELP
    )
    credit_tk = models.CharField(_("credit (Turkmen)"), max_length=200, blank=True)
    credit_ru = models.CharField(_("credit (Russian)"), max_length=200, blank=True)
    credit_en = models.CharField(_("credit (English)"), max_length=200, blank=True)
    collection = models.ForeignKey(
        Collection,
        verbose_name=_("collection"),
        on_delete=models.PROTECT,  # a collection is deleted once it is empty (CollectionAdmin.delete_view)
        null=True,
        blank=True,
        related_name="images",
        help_text=_("The folder of the library the image is filed in; leave empty for none."),
    )
    uploaded_at = models.DateTimeField(_("uploaded"), default=timezone.now, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="library_images",
    )

    objects = ImageQuerySet.as_manager()

    class Meta:
        ordering = ["-uploaded_at", "-id"]
        get_latest_by = "uploaded_at"
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def __str__(self):
        return self.description_in(fallback=True) or self.file.name.rsplit("/", 1)[-1]

    def description_in(self, language=None, fallback=False):
        """Return the description in `language`; with `fallback`, the first language that has one."""
        value = getattr(self, f"description_{language or (get_language() or 'tk')[:2]}", "")
        if value or not fallback:
            return value
        return next(
            (getattr(self, f"description_{c}") for c, _n in settings.LANGUAGES if getattr(self, f"description_{c}")), ""
        )

    def credit_in(self, language):
        return getattr(self, f"credit_{language}", "")

    @property
    def focal(self):
        return (self.focal_x, self.focal_y)

    def make_renditions(self):
        """Make the renditions of every crop that are missing (saving the image does this too)."""
        return make_crops(self.file, self.width, self.height, self.focal)

    def renditions(self, crop):
        """Return [(url, width, height)] of the renditions of `crop` (a name of CROPS) already made."""
        return renditions(self.file, self.width, self.height, crop=CROPS[crop], focal=self.focal)

    def usages(self):
        """Return [(record, row)] of where the image is used: the record shown (an article) and the row
        that holds the image (the article itself, or a photo of its gallery)."""
        found = []
        for relation in self._meta.related_objects:
            model = relation.related_model
            # A row that belongs to a record (a gallery photo to its article) names it in media_owner_field.
            owner = getattr(model, "media_owner_field", None)
            rows = model._default_manager.filter(**{relation.field.name: self})
            for row in rows.select_related(owner) if owner else rows:
                found.append((getattr(row, owner) if owner else row, row))
        return found


def missing_description_message(language):
    """The error for a library image used without a description in `language` (a language code)."""
    return _(
        "The image has no description in %(language)s. Describe it for readers who cannot see it: the "
        "description is kept in the media library for every page and article in %(language)s."
    ) % {"language": LANGUAGE_NAMES.get(language, language)}


class GalleryPhoto(models.Model):
    """A photo of a translatable record's gallery (an article's, a page's), shown under its body, described
    by the library in the record's language. A subclass adds the foreign key to its record, named in
    `media_owner_field` (as Image.usages() and medialibrary.gallery read it), and `image`, a foreign key
    to Image with a related_name of its own."""

    media_owner_field = None

    caption = models.CharField(_("caption"), max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        abstract = True
        ordering = ["order", "id"]
        verbose_name = _("photo")
        verbose_name_plural = _("photo gallery")

    def __str__(self):
        return self.caption or str(self.image)

    @property
    def alt(self):
        return self.image.description_in(getattr(self, self.media_owner_field).language)

    def clean(self):
        try:
            language = getattr(self, self.media_owner_field).language  # set, not yet saved, in a new record's form
        except ObjectDoesNotExist:
            return
        if self.image_id and language and not self.alt.strip():
            raise ValidationError({"image": missing_description_message(language)})
