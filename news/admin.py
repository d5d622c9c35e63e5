from django import forms
from django.contrib import admin
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy
from django.utils.translation import gettext_lazy as _

import audit
from audit.admin import AuditHistoryAdmin
from commission_site.publishing import FollowsParentInline, PublishRuleAdmin
from editing.admin import ConcurrentEditingAdmin
from history.admin import VersionedAdminMixin
from multilingual.admin import MissingTranslationFilter, TranslatableAdmin
from preview.links import preview_link_html
from richtext.admin import StorageErrorAdminMixin
from search.admin import FoldedSearchAdmin
from workflow.admin import WorkflowAdmin, state_badge

from .models import Article, ArticleAttachment, ArticlePhoto, Category

PUBLISH_PERMISSION = "news.publish_article"


@admin.register(Category)
class CategoryAdmin(AuditHistoryAdmin, ConcurrentEditingAdmin, admin.ModelAdmin):
    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and not form.changed_data:
            return
        changes = {name: [form.initial.get(name), form.cleaned_data.get(name)] for name in form.changed_data}
        message = (
            gettext_lazy("%(user)s changed the category “%(object)s”: %(fields)s")
            if change
            else gettext_lazy("%(user)s created the category “%(object)s”")
        )
        details = {"changes": changes, "fields": list(changes)}
        audit.record(audit.Action.CATEGORY_CHANGED, obj, request=request, details=details, message=message)

    def delete_model(self, request, obj):
        audit.record(audit.Action.CATEGORY_CHANGED, obj, request=request,
                     message=gettext_lazy("%(user)s deleted the category “%(object)s”"))  # fmt: skip
        super().delete_model(request, obj)

    list_display = ["__str__", "name_tk", "name_ru", "name_en", "order"]
    list_editable = ["order"]
    search_fields = ["name_tk", "name_ru", "name_en"]
    prepopulated_fields = {"slug_tk": ["name_tk"], "slug_ru": ["name_ru"], "slug_en": ["name_en"]}
    fieldsets = [
        (_("Turkmen"), {"fields": ["name_tk", "slug_tk", "description_tk"]}),
        (_("Russian"), {"fields": ["name_ru", "slug_ru", "description_ru"]}),
        (_("English"), {"fields": ["name_en", "slug_en", "description_en"]}),
        (None, {"fields": ["order"]}),
    ]


class PublicationStateFilter(admin.SimpleListFilter):
    title = _("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [
            ("draft", _("Draft")), ("review", _("In review")), ("returned", _("Returned")),
            ("scheduled", _("Scheduled")), ("live", _("Live")),
        ]  # fmt: skip

    def queryset(self, request, queryset):
        now = timezone.now()
        match self.value():
            case "draft" | "review" | "returned":
                return queryset.filter(status=self.value())
            case "scheduled":
                return queryset.filter(status=Article.Status.PUBLISHED, publish_at__gt=now)
            case "live":
                return queryset.published()
        return queryset


class ArticleAdminForm(forms.ModelForm):
    NOW, AT_DATE = "now", "date"
    when = forms.ChoiceField(
        label=_("Publish"),
        choices=[(NOW, _("Now, when I save")), (AT_DATE, _("At the date and time below"))],
        widget=forms.RadioSelect,
        initial=AT_DATE,
        required=False,
        help_text=_("A date in the future schedules the article; it appears by itself at that time."),
    )

    class Meta:
        model = Article
        fields = [
            "language", "title", "slug", "category", "election", "body", "excerpt", "cover_image", "cover_alt",
            "featured", "status", "publish_at",
        ]  # fmt: skip

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("when") == self.NOW:
            cleaned["publish_at"] = timezone.now()
        return cleaned


class ArticlePhotoInline(FollowsParentInline, admin.TabularInline):
    model = ArticlePhoto
    extra = 0
    fields = ["image", "alt", "caption", "order"]


class ArticleAttachmentInline(FollowsParentInline, admin.TabularInline):
    model = ArticleAttachment
    extra = 0
    fields = ["title", "file", "order", "kind", "size"]
    readonly_fields = ["kind", "size"]


@admin.register(Article)
class ArticleAdmin(
    FoldedSearchAdmin,
    AuditHistoryAdmin,
    ConcurrentEditingAdmin,
    VersionedAdminMixin,
    StorageErrorAdminMixin,
    WorkflowAdmin,
    PublishRuleAdmin,
    TranslatableAdmin,
):
    form = ArticleAdminForm
    publish_permission = PUBLISH_PERMISSION
    live_values = {"status": Article.Status.PUBLISHED}
    list_display = ["title", "language", "category", "state", "publish_at", "author", "thumbnail"]
    list_filter = [
        PublicationStateFilter,
        "status",
        "language",
        MissingTranslationFilter,
        "category",
        "featured",
        "publish_at",
    ]
    list_select_related = ["category", "author"]
    search_fields = ["title", "body", "excerpt"]
    date_hierarchy = "publish_at"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["category", "election"]
    readonly_fields = ["translations", "preview_link", "author", "created", "updated"]
    inlines = [ArticlePhotoInline, ArticleAttachmentInline]
    translation_initial_fields = ("category", "election", "publish_at", "featured")
    fieldsets = [
        (None, {"fields": ["language", "translations", "title", "slug", "category", "election", "body"]}),
        (_("Listing"), {"fields": ["excerpt", "cover_image", "cover_alt", "featured"]}),
        (_("Publishing"), {"fields": ["status", "when", "publish_at", "preview_link", "author", "created", "updated"]}),
    ]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if self.has_publish_permission(request):
            return fieldsets
        # Press staff do not choose when to publish: an editor does, when it is reviewed.
        return [
            (name, {**options, "fields": [f for f in options["fields"] if f != "when"]}) for name, options in fieldsets
        ]

    @admin.display(description=_("Preview link"))
    def preview_link(self, obj):
        return preview_link_html(obj)

    @admin.display(description=_("State"), ordering="status")
    def state(self, obj):
        return state_badge(obj)

    @admin.display(description=_("Image"))
    def thumbnail(self, obj):
        if not obj.cover_image:
            return ""
        return format_html(
            '<img src="{}" alt="{}" width="80" height="45" style="object-fit:cover">',
            obj.cover_image.url,
            obj.cover_alt,
        )
