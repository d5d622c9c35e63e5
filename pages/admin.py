from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from audit.admin import AuditHistoryAdmin
from commission_site.publishing import PublishRuleAdmin
from editing.admin import ConcurrentEditingAdmin
from history.admin import VersionedAdminMixin
from medialibrary.gallery import GalleryInline, GalleryPhotoForm, shared_gallery
from multilingual.admin import MissingTranslationFilter, TranslatableAdmin
from preview.links import preview_link_html
from richtext.admin import SharedAttachmentInline, StorageErrorAdminMixin, shared_attachments
from search.admin import FoldedSearchAdmin
from workflow.admin import WorkflowAdmin, state_badge

from .models import Page, PageAttachment, PagePhoto


class PagePhotoForm(GalleryPhotoForm):
    """A row of a page's gallery."""

    alt_label = _("Description in the page’s language")

    class Meta(GalleryPhotoForm.Meta):
        model = PagePhoto


class PagePhotoInline(GalleryInline):
    model = PagePhoto
    form = PagePhotoForm


class PageAttachmentInline(SharedAttachmentInline):
    model = PageAttachment


@admin.register(Page)
class PageAdmin(
    FoldedSearchAdmin,
    AuditHistoryAdmin,
    ConcurrentEditingAdmin,
    VersionedAdminMixin,
    StorageErrorAdminMixin,
    WorkflowAdmin,
    PublishRuleAdmin,
    TranslatableAdmin,
):
    publish_permission = "pages.publish_page"
    live_values = {"status": Page.Status.PUBLISHED}
    list_display = ["title", "language", "path", "state", "author", "show_in_menu", "menu_order", "updated"]
    list_filter = ["status", "language", MissingTranslationFilter, "show_in_menu"]
    list_editable = ["menu_order"]
    search_fields = ["title", "body", "path"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["parent"]
    readonly_fields = ["translations", "path", "preview_link", "created", "updated"]
    translation_initial_fields = ("menu_order", "show_in_menu")
    inlines = [PagePhotoInline, PageAttachmentInline]
    fieldsets = [
        (None, {"fields": ["language", "translations", "title", "slug", "parent", "path", "body"]}),
        (
            _("Menu and publishing"),
            {"fields": ["status", "preview_link", "show_in_menu", "menu_order", "created", "updated"]},
        ),
    ]

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if self.has_publish_permission(request):
            return form

        class MoveGuardForm(form):
            def clean(self):
                cleaned = super().clean()
                page = self.instance
                moved = page.pk and ("slug" in self.changed_data or "parent" in self.changed_data)
                if moved and Page.objects.published().filter(language=page.language).below(page.path).exists():
                    raise forms.ValidationError(
                        _("Moving or renaming this page changes the address of published pages under it. "
                          "Ask an editor with the publishing right to do it.")
                    )  # fmt: skip
                return cleaned

        return MoveGuardForm

    @admin.display(description=_("State"), ordering="status")
    def state(self, obj):
        return state_badge(obj)

    @admin.display(description=_("Preview link"))
    def preview_link(self, obj):
        return preview_link_html(obj)

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        if isinstance(inline, GalleryInline) and obj.pk is None:
            kwargs["initial"] = shared_gallery(request, inline.model)  # the same images as the source's gallery
        if isinstance(inline, SharedAttachmentInline) and obj.pk is None:
            kwargs["initial"] = shared_attachments(request, inline.model)  # the source's documents and files
        return kwargs

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        # The parent picker offers only pages of the language being edited, when it is known.
        language = request.GET.get("language")
        if request.GET.get("field_name") == "parent" and language:
            queryset = queryset.filter(language=language)
        return queryset, may_have_duplicates
