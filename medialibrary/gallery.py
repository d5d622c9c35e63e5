"""The gallery of a translatable record (an article's, a page's) in the admin: rows of library images, each
described in the record's language, ordered by dragging; a new translation starts with its source's rows.

A gallery's photo model is a medialibrary.models.GalleryPhoto, whose `media_owner_field` names its record."""

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from commission_site.admin_tables import LabelledTabularInline
from commission_site.publishing import FollowsParentInline

from .admin import LibraryChooserAdminMixin, may_edit_where_used, show_chosen, thumbnail_html
from .models import Image, missing_description_message


class LibraryDescriptionsMixin:
    """For a form that asks for a library image's description in its record's language and keeps what is
    typed in the library."""

    def may_redescribe(self, image):
        """Say whether this user may change the description of an image that others show (set per request)."""
        return False

    def redescribe_refused(self, description):
        return _(
            "The image is also shown elsewhere on the site, in places you may not change, with the description "
            "“%(description)s”. Keep that description, or ask an editor to change it."
        ) % {"description": description}

    def take_description(self, name, image, language):
        """Give the library image the description typed in the form's field `name` (in memory; return the
        image to save), or add the field's error: a missing description must be typed, and one that other
        records show is rewritten only by a user who may change them all."""
        typed = (self.cleaned_data.get(name) or "").strip()
        current = image.description_in(language).strip()
        if not typed or typed == current or (current and name not in self.changed_data):
            if not current:
                self.add_error(name, missing_description_message(language))
            return None
        if current and not self.may_redescribe(image):
            self.add_error(name, self.redescribe_refused(current))
            return None
        setattr(image, f"description_{language}", typed)
        return image


class GalleryPhotoForm(LibraryDescriptionsMixin, forms.ModelForm):
    """A gallery row: a library image, its description in the record's language, a caption. A subclass
    names its model in Meta (`class Meta(GalleryPhotoForm.Meta)`) and the label of `alt` in `alt_label`."""

    alt = forms.CharField(
        label=_("Description"),
        max_length=250,
        required=False,
        help_text=_("Kept in the media library with the image; needed when it has none in this language."),
    )
    alt_label = None  # e.g. "Description in the article’s language"
    language_hint = None  # a new record's language, from the address (a translation's form)
    parent = None  # the record whose form shows the row (set per request by the inline)

    class Meta:
        fields = ["image", "alt", "caption", "order"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.alt_label:
            self.fields["alt"].label = self.alt_label
        record = self.record()
        language = record.language if record is not None else self.language_hint
        image = self.instance.image if self.instance.image_id else None
        if image is None and str(self.initial.get("image") or "").isdigit():
            image = Image.objects.filter(pk=self.initial["image"]).first()  # a translation's shared photo
        if image is not None and language:
            self.fields["alt"].initial = image.description_in(language)
        show_chosen(self, "image", image, language)

    @property
    def owner_field(self):
        return self._meta.model.media_owner_field

    def record(self):
        """The stored record whose gallery this row is in, or None in a new record's form."""
        owner_id = getattr(self.instance, self._meta.model._meta.get_field(self.owner_field).attname)
        if not owner_id:
            return None
        if self.parent is not None and self.parent.pk == owner_id:
            return self.parent  # the record of the form the row is in: not read again for each row
        return getattr(self.instance, self.owner_field)

    def clean(self):
        cleaned = super().clean()
        self.described = None
        record = cleaned.get(self.owner_field)  # the inline's parent, set though not saved yet in a new record's form
        language = record.language if record is not None else None
        if cleaned.get("image") is not None and language and not cleaned.get("DELETE"):
            self.described = self.take_description("alt", cleaned["image"], language)
        return cleaned

    def full_clean(self):
        super().full_clean()
        if "image" in self.errors and "alt" in self.errors:
            del self.errors["image"]  # the description is typed in its own field

    def save(self, commit=True):
        photo = super().save(commit)
        if commit and self.described is not None:
            language = getattr(photo, self.owner_field).language
            self.described.save(update_fields=[f"description_{language}"])
        return photo


class GalleryInline(LibraryChooserAdminMixin, FollowsParentInline, LabelledTabularInline):
    """The gallery of a translatable record: the library chooser beside each row's image box, its thumbnail,
    drag-and-drop order (medialibrary/gallery-order.js). A subclass gives `model` and `form` (a
    GalleryPhotoForm); its admin gives a new translation shared_gallery() as the formset's initial rows."""

    extra = 0
    fields = ["thumbnail", "image", "alt", "caption", "order"]
    readonly_fields = ["thumbnail"]
    autocomplete_fields = ["image"]
    library_chooser_fields = {"image": "alt"}  # the chooser beside the box, the thumbnail with it
    template = "admin/medialibrary/gallery_inline.html"

    class Media:
        js = ["medialibrary/gallery-order.js"]
        css = {"all": ["medialibrary/admin.css"]}

    def get_fields(self, request, obj=None):
        fields = super().get_fields(request, obj)
        if self.has_change_permission(request, obj) or self.has_add_permission(request, obj):
            return [name for name in fields if name != "thumbnail"]  # the box shows its thumbnail
        return fields

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        admin_site = self.admin_site

        class PhotoForm(formset.form):
            language_hint = obj.language if obj is not None else request.GET.get("language")
            parent = obj

            def may_redescribe(self, image):
                return may_edit_where_used(admin_site, request, image)

        formset.form = PhotoForm
        return formset

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("image")

    def get_extra(self, request, obj=None, **kwargs):
        return len(shared_gallery(request, self.model)) if obj is None else 0

    @admin.display(description=_("Image"))
    def thumbnail(self, photo):
        return thumbnail_html(photo.image if photo.image_id else None)


def shared_gallery(request, model):
    """The gallery rows a new translation starts with: its source's photos (the same library images), for
    the photo model `model`."""
    source_id = request.GET.get("translation_of", "")
    if request.method != "GET" or not source_id.isdigit():
        return []
    rows = model.objects.filter(**{f"{model.media_owner_field}_id": source_id}).order_by("order", "id")
    return [{"image": row.image_id, "caption": row.caption, "order": row.order} for row in rows]
