from django.contrib import admin
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from editing.admin import ConcurrentEditingAdmin
from richtext.admin import StorageErrorAdminMixin
from richtext.renditions import renditions

from .models import Image

THUMBNAIL_WIDTHS = {"small": 80, "medium": 240}


def thumbnail_html(image, size="small", language=None):
    """An <img> of a library image at thumbnail size, described in `language` (else in any language)."""
    if image is None or not image.file:
        return ""
    width = THUMBNAIL_WIDTHS[size]
    height = max(1, round(width * (image.height or 1) / (image.width or 1)))
    smallest = renditions(image.file, image.width, image.height)[:1]  # uncropped, made when it was saved
    return format_html(
        '<img src="{}" alt="{}" width="{}" height="{}" class="library-thumbnail" loading="lazy">',
        smallest[0][0] if smallest else image.file.url,
        (language and image.description_in(language)) or image.description_in(fallback=True),
        width,
        height,
    )


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


@admin.register(Image)
class ImageAdmin(ConcurrentEditingAdmin, StorageErrorAdminMixin, admin.ModelAdmin):
    list_display = ["thumbnail", "__str__", "credit", "width", "height", "uploaded_at", "uploaded_by"]
    list_display_links = ["thumbnail", "__str__"]
    list_filter = ["uploaded_at", ("uploaded_by", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["uploaded_by"]
    search_fields = [f"{name}_{code}" for name in ("description", "credit") for code in ("tk", "ru", "en")]
    date_hierarchy = "uploaded_at"
    readonly_fields = ["focal_picker", "uploaded_at", "uploaded_by"]
    fieldsets = [
        (None, {"fields": ["file", "focal_picker", "focal_x", "focal_y"]}),
        (_("Turkmen"), {"fields": ["description_tk", "credit_tk"]}),
        (_("Russian"), {"fields": ["description_ru", "credit_ru"]}),
        (_("English"), {"fields": ["description_en", "credit_en"]}),
        (None, {"fields": ["uploaded_at", "uploaded_by"]}),
    ]

    class Media:
        css = {"all": ["medialibrary/admin.css"]}
        js = ["medialibrary/focal-point.js"]

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or may_edit_where_used(self.admin_site, request, obj))

    def get_readonly_fields(self, request, obj=None):
        # Another file is another image: articles using this one keep what they show.
        return [*super().get_readonly_fields(request, obj), *(["file"] if obj is not None else [])]

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)  # each image is deleted from its page, which says where it is used
        return actions

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
        return format_html(
            '<div class="focal-picker" data-focal-x="id_focal_x" data-focal-y="id_focal_y">{}'
            '<span class="focal-picker__marker" aria-hidden="true"></span></div><p class="help">{}</p>',
            format_html(
                '<img src="{}" alt="{}" width="{}" height="{}" class="focal-picker__image">',
                image.file.url,
                image.description_in(fallback=True),
                image.width,
                image.height,
            ),
            _(
                "Click on what must stay in every crop (a face, a sign). Or type the point below: 0 is the left "
                "or top edge, 1 the right or bottom edge."
            ),
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
