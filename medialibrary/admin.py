import logging
from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelect
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, ProtectedError
from django.http import JsonResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from editing.admin import ConcurrentEditingAdmin
from richtext.admin import STORAGE_ERRORS, StorageErrorAdminMixin
from richtext.renditions import renditions

from .forms import ChooserUploadForm, FileInCollectionForm
from .models import LANGUAGE_NAMES, NO_COLLECTION, Collection, Image, name_order

logger = logging.getLogger(__name__)

THUMBNAIL_WIDTHS = {"small": 80, "medium": 240}


def thumbnail(image, size="small", language=None):
    """Return what an <img> of a library image at thumbnail size needs: src, alt (in `language`, else in
    any language), width and height; None without an image."""
    if image is None or not image.file:
        return None
    width = THUMBNAIL_WIDTHS[size]
    height = max(1, round(width * (image.height or 1) / (image.width or 1)))
    smallest = renditions(image.file, image.width, image.height)[:1]  # uncropped, made when it was saved
    return {
        "src": smallest[0][0] if smallest else image.file.url,
        "alt": (language and image.description_in(language)) or image.description_in(fallback=True),
        "width": width,
        "height": height,
    }


def thumbnail_html(image, size="small", language=None):
    """An <img> of a library image at thumbnail size, described in `language` (else in any language)."""
    found = thumbnail(image, size, language)
    return render_to_string("admin/medialibrary/thumbnail.html", {"thumbnail": found}) if found is not None else ""


def image_card(image, language):
    """The data the chooser shows of an image, and sets in the article form when it is chosen (as JSON too);
    `url` is the file's address, which a body shows as a library image (medialibrary.body)."""
    return {
        "id": str(image.pk),
        "url": image.file.url,
        "label": image.description_in(language) or str(image),
        "description": image.description_in(language),
        "credit": image.credit_in(language) or image.credit_in(settings.LANGUAGE_CODE),
        "uploaded_at": image.uploaded_at.isoformat(),
        "thumbnail": thumbnail(image, "medium", language),
    }


def upload_periods():
    """The chooser's filter by upload date: {value: (label, earliest moment)}."""
    now = timezone.localtime()
    today = now.replace(hour=0, minute=0, second=0, microsecond=0)
    return {
        "today": (_("Today"), today),
        "week": (_("Past 7 days"), today - timedelta(days=6)),
        "month": (_("This month"), today.replace(day=1)),
        "year": (_("This year"), today.replace(month=1, day=1)),
    }


def page_url(request, number):
    """The chooser's list of images at page `number`, with the same search and filters."""
    query = request.GET.copy()
    query["page"] = number
    query["part"] = "results"
    return f"{request.path}?{query.urlencode()}"


class LibraryChooserSelect(AutocompleteSelect):
    """The autocomplete box of a library image with, when scripts run, a button that opens the chooser
    dialog (medialibrary/chooser.js) and the chosen image's thumbnail beside it."""

    template_name = "admin/medialibrary/widgets/chooser_select.html"

    def __init__(self, field, admin_site, *, description_field, may_choose, **kwargs):
        super().__init__(field, admin_site, **kwargs)
        self.description_field = description_field  # the form field of the description in the article's language
        self.may_choose = may_choose

    image = None  # the image the form already holds (see show_chosen): its thumbnail needs no query
    language = None  # the record's language, in which the thumbnail is described

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        image = self.image if self.image is not None and str(self.image.pk) == str(value) else None
        if image is None and str(value or "").isdigit():
            image = Image.objects.filter(pk=value).first()
        context["chooser"] = {
            "url": reverse(f"{self.admin_site.name}:medialibrary_image_chooser") if self.may_choose else "",
            "field": self.field.name,
            "description_field": self.description_field,
            "thumbnail": thumbnail(image, language=self.language),
        }
        return context

    @property
    def media(self):
        return super().media + forms.Media(js=["medialibrary/chooser.js"], css={"all": ["medialibrary/admin.css"]})


class LibraryChooserAdminMixin:
    """For a ModelAdmin or inline whose foreign keys to library images are in `library_chooser_fields`,
    {field name: name of the form field of its description}: they are chosen with LibraryChooserSelect."""

    library_chooser_fields = {}

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.library_chooser_fields and "widget" not in kwargs:
            kwargs["widget"] = LibraryChooserSelect(
                db_field,
                self.admin_site,
                using=kwargs.get("using"),
                description_field=self.library_chooser_fields[db_field.name],
                may_choose=request.user.has_perm("medialibrary.view_image"),
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


def show_chosen(form, name, image, language):
    """Tell the library chooser box of the form's field `name` (if it has one) the image the form holds
    and the record's language: the thumbnail beside the box is described in that language."""
    field = form.fields.get(name)
    widget = getattr(field, "widget", None)
    widget = getattr(widget, "widget", widget)  # inside the admin's related-object wrapper
    if isinstance(widget, LibraryChooserSelect):
        widget.image, widget.language = image, language


def may_edit_where_used(admin_site, request, image):
    """Say whether the user may change every record that shows the image, by the rule of its admin (an
    image on a live article is changed by a publisher): a change to the image changes those pages."""
    known = getattr(request, "library_may_edit", None)  # asked several times per request
    if known is None:
        known = request.library_may_edit = {}
    if image.pk not in known:
        known[image.pk] = True
        for record, _row in image.usages():
            model = type(record)
            record_admin = admin_site.get_model_admin(model) if admin_site.is_registered(model) else None
            may_edit = getattr(record_admin, "may_edit", None)
            if may_edit is not None and not may_edit(request, record):
                known[image.pk] = False
                break
    return known[image.pk]


def admin_url(record):
    opts = record._meta
    try:
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[record.pk])
    except NoReverseMatch:
        return ""


def images_in(collection):
    """The address of the image list filtered to `collection` (the image list's CollectionFilter)."""
    return f"{reverse('admin:medialibrary_image_changelist')}?{urlencode({'collection': collection.pk})}"


def collection_choices(user):
    """[(value, name)] of the collections `user` may see, in name order in the admin's language."""
    if not user.has_perm("medialibrary.view_collection"):
        return []
    return [(str(collection.pk), str(collection)) for collection in Collection.objects.in_name_order()]


class CollectionFilter(admin.SimpleListFilter):
    """The image list by collection, or "No collection" for the images in none (the chooser takes the same
    values: a collection's id, or "none")."""

    title = _("collection")
    parameter_name = "collection"

    def lookups(self, request, model_admin):
        choices = collection_choices(request.user)
        return [*choices, (NO_COLLECTION, _("No collection"))] if choices else []

    def queryset(self, request, queryset):
        return queryset.in_collection(self.value())


@admin.register(Collection)
class CollectionAdmin(admin.ModelAdmin):
    list_display = ["name_tk", "name_ru", "name_en", "image_count"]
    search_fields = ["name_tk", "name_ru", "name_en"]
    fields = ["name_tk", "name_ru", "name_en"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(image_count=Count("images"))

    def get_ordering(self, request):
        return name_order()

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)  # each collection is deleted from its page, which says if it is empty
        return actions

    @admin.display(description=_("Images"), ordering="image_count")
    def image_count(self, collection):
        return format_html('<a href="{}">{}</a>', images_in(collection), collection.image_count)

    def delete_view(self, request, object_id, extra_context=None):
        collection = self.get_object(request, object_id)
        if collection is not None and self.has_delete_permission(request, collection) and collection.image_count:
            return self.not_empty(request, collection)
        try:
            return super().delete_view(request, object_id, extra_context)
        except ProtectedError:  # an image was filed in it meanwhile
            return self.not_empty(request, collection)

    def not_empty(self, request, collection):
        """Refuse to delete a collection that holds images, saying how many and where they are listed."""
        return TemplateResponse(
            request,
            "admin/medialibrary/collection/not_empty.html",
            {
                **self.admin_site.each_context(request),
                "title": _("This collection is not empty"),
                "opts": self.opts,
                "object": collection,
                "count": collection.images.count(),
                "images_url": images_in(collection),
                "change_url": admin_url(collection),
            },
            status=409,
        )


@admin.register(Image)
class ImageAdmin(ConcurrentEditingAdmin, StorageErrorAdminMixin, admin.ModelAdmin):
    list_display = ["thumbnail", "__str__", "collection", "credit", "width", "height", "uploaded_at", "uploaded_by"]
    list_display_links = ["thumbnail", "__str__"]
    list_filter = [CollectionFilter, "uploaded_at", ("uploaded_by", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["uploaded_by", "collection"]
    search_fields = [f"{name}_{code}" for name in ("description", "credit") for code in ("tk", "ru", "en")]
    date_hierarchy = "uploaded_at"
    readonly_fields = ["focal_picker", "uploaded_at", "uploaded_by"]
    fieldsets = [
        (None, {"fields": ["file", "collection", "focal_picker", "focal_x", "focal_y"]}),
        (_("Turkmen"), {"fields": ["description_tk", "credit_tk"]}),
        (_("Russian"), {"fields": ["description_ru", "credit_ru"]}),
        (_("English"), {"fields": ["description_en", "credit_en"]}),
        (None, {"fields": ["uploaded_at", "uploaded_by"]}),
    ]

    actions = ["file_in_collection"]
    chooser_per_page = 24

    class Media:
        css = {"all": ["medialibrary/admin.css"]}
        js = ["medialibrary/focal-point.js"]

    def get_urls(self):
        prefix = f"{self.opts.app_label}_{self.opts.model_name}"
        wrap = self.admin_site.admin_view
        return [
            path("chooser/", wrap(self.chooser_view), name=f"{prefix}_chooser"),
            path("chooser/upload/", wrap(self.chooser_upload_view), name=f"{prefix}_chooser_upload"),
            *super().get_urls(),
        ]

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or may_edit_where_used(self.admin_site, request, obj))

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "collection":
            kwargs.setdefault("queryset", Collection.objects.in_name_order())
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        # Another file is another image: articles using this one keep what they show.
        return [*super().get_readonly_fields(request, obj), *(["file"] if obj is not None else [])]

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)  # each image is deleted from its page, which says where it is used
        if not request.user.has_perm("medialibrary.view_collection"):
            actions.pop("file_in_collection", None)
        return actions

    @admin.action(description=_("File the selected images in a collection"), permissions=["change"])
    def file_in_collection(self, request, queryset):
        """Ask for the collection, then file in it the selected images the user may change."""
        form = FileInCollectionForm(request.POST if "apply" in request.POST else None)
        if not form.is_valid():
            return TemplateResponse(
                request,
                "admin/medialibrary/image/file_in_collection.html",
                {
                    **self.admin_site.each_context(request),
                    "title": _("File images in a collection"),
                    "opts": self.opts,
                    "form": form,
                    "images": queryset,
                    "action": request.POST.get("action", ""),
                    "selected": request.POST.getlist(admin.helpers.ACTION_CHECKBOX_NAME),
                    "select_across": request.POST.get("select_across", "0"),
                },
            )
        collection = form.cleaned_data["collection"]
        filed, kept = [], []
        for image in queryset.select_related("collection"):
            (filed if self.has_change_permission(request, image) else kept).append(image)
        with transaction.atomic():
            for image in filed:
                if image.collection != collection:
                    image.collection = collection
                    image.save(update_fields=["collection"])
                    self.log_change(request, image, [{"changed": {"fields": ["collection"]}}])
        if filed:
            self.message_user(
                request,
                ngettext(
                    "%(count)d image is now in %(collection)s.",
                    "%(count)d images are now in %(collection)s.",
                    len(filed),
                )
                % {"count": len(filed), "collection": collection or _("no collection")},
                messages.SUCCESS,
            )
        if kept:
            self.message_user(
                request,
                ngettext(
                    "%(count)d image was left in its collection: it is used in an article or page you may not "
                    "change, so an editor files it.",
                    "%(count)d images were left in their collections: they are used in articles or pages you may "
                    "not change, so an editor files them.",
                    len(kept),
                )
                % {"count": len(kept)},
                messages.WARNING,
            )
        return None

    @admin.display(description=_("Image"))
    def thumbnail(self, image):
        return thumbnail_html(image)

    @admin.display(description=_("Credit"))
    def credit(self, image):
        return " / ".join(
            dict.fromkeys(value for value in (image.credit_tk, image.credit_ru, image.credit_en) if value)
        )

    @admin.display(description=_("Focal point"))
    def focal_picker(self, image):
        if image is None or not image.pk or not image.file:
            return _("Save the image first; then click on it to set its focal point.")
        return render_to_string(
            "admin/medialibrary/image/focal_picker.html", {"image": image, "alt": image.description_in(fallback=True)}
        )

    def save_model(self, request, obj, form, change):
        if not change:
            obj.uploaded_by = request.user
        super().save_model(request, obj, form, change)

    def delete_view(self, request, object_id, extra_context=None):
        image = self.get_object(request, object_id)
        if image is not None and self.has_delete_permission(request, image):
            usages = image.usages()
            if usages:
                return TemplateResponse(
                    request,
                    "admin/medialibrary/image/in_use.html",
                    {
                        **self.admin_site.each_context(request),
                        "title": _("This image is in use"),
                        "opts": self.opts,
                        "object": image,
                        "thumbnail": thumbnail_html(image, size="medium"),
                        "usages": [
                            {
                                "record": record,
                                "url": admin_url(record),
                                "how": _("cover") if record == row else _("gallery photo"),
                                "language": getattr(record, "get_language_display", lambda: "")(),
                            }
                            for record, row in usages
                        ],
                        "change_url": admin_url(image),
                    },
                    status=409,
                )
        return super().delete_view(request, object_id, extra_context)

    # The chooser dialog of the article form (medialibrary/chooser.js) ------------------------------------

    def chooser_language(self, request):
        language = request.GET.get("language") or request.POST.get("language") or ""
        return language if language in LANGUAGE_NAMES else settings.LANGUAGE_CODE

    def chooser_view(self, request):
        """The dialog's content (or, with part=results, its list of images): images found by description
        and credit in any language, filtered by collection, upload date and uploader, a page at a time."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        language = self.chooser_language(request)
        images = self.get_queryset(request).select_related("uploaded_by", "collection")
        collections = collection_choices(request.user)
        collection = request.GET.get("collection", "")
        if collections:
            images = images.in_collection(collection)
        query = request.GET.get("q", "").strip()
        if query:
            images, _duplicates = self.get_search_results(request, images, query)
        periods = upload_periods()
        period = request.GET.get("uploaded", "")
        if period in periods:
            images = images.filter(uploaded_at__gte=periods[period][1])
        uploader = request.GET.get("uploaded_by", "")
        if uploader.isdigit():
            images = images.filter(uploaded_by_id=uploader)
        if request.GET.get("id", "").isdigit():
            images = images.filter(pk=request.GET["id"])
        page = Paginator(images, self.chooser_per_page).get_page(request.GET.get("page"))
        uploaders = get_user_model().objects.filter(library_images__isnull=False).distinct().order_by("username")
        context = {
            "language": language,
            "language_name": LANGUAGE_NAMES[language],
            "page": page,
            "cards": [{**image_card(image, language), "image": image} for image in page],
            "query": query,
            "period": period,
            "periods": [(value, label) for value, (label, _since) in periods.items()],
            "uploader": uploader,
            "uploaders": [(str(user.pk), user.get_full_name() or user.get_username()) for user in uploaders],
            "collection": collection,
            "collections": collections,
            "no_collection": NO_COLLECTION,
            "chooser_url": reverse(f"{self.admin_site.name}:medialibrary_image_chooser"),
            "upload_url": reverse(f"{self.admin_site.name}:medialibrary_image_chooser_upload"),
            "may_upload": self.has_add_permission(request),
            "previous_url": page_url(request, page.previous_page_number()) if page.has_previous() else "",
            "next_url": page_url(request, page.next_page_number()) if page.has_next() else "",
        }
        part = request.GET.get("part") == "results"
        template = "admin/medialibrary/image/chooser_results.html" if part else "admin/medialibrary/image/chooser.html"
        return TemplateResponse(request, template, context)

    def chooser_upload_view(self, request):
        """Add one image from the chooser (verified and re-encoded as in the library's form), described in
        the article's language; answer with its data, or with the reasons it was refused, as JSON."""
        if request.method != "POST":
            return JsonResponse({"errors": {"__all__": [_("Send the image with POST.")]}}, status=405)
        if not self.has_add_permission(request):
            return JsonResponse(
                {"errors": {"__all__": [_("You may not add images to the media library.")]}}, status=403
            )
        language = self.chooser_language(request)
        form = ChooserUploadForm(
            request.POST,
            request.FILES,
            language=language,
            may_file=request.user.has_perm("medialibrary.view_collection"),
        )
        if not form.is_valid():
            errors = {
                name: [error["message"] for error in found] for name, found in form.errors.get_json_data().items()
            }
            return JsonResponse({"errors": errors}, status=400)
        try:
            with transaction.atomic():
                image = form.save(commit=False)
                image.uploaded_by = request.user
                image.save()
        except STORAGE_ERRORS:
            logger.exception("Storage error while adding a library image from the chooser")
            message = _("The file could not be stored, so nothing was saved. Try again; if this happens again, "
                        "tell a site administrator.")  # fmt: skip
            return JsonResponse({"errors": {"file": [message]}}, status=503)
        self.log_addition(request, image, [{"added": {}}])
        return JsonResponse({"image": image_card(image, language)}, status=201)
