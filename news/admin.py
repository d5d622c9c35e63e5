from django import forms
from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext_lazy
from django.utils.translation import gettext_lazy as _

import audit
from audit.admin import AuditHistoryAdmin
from commission_site.publishing import PublishRuleAdmin
from editing.admin import ConcurrentEditingAdmin
from history.admin import VersionedAdminMixin
from history.recording import record_now
from medialibrary.admin import LibraryChooserAdminMixin, may_edit_where_used, show_chosen, thumbnail_html
from medialibrary.gallery import GalleryInline, GalleryPhotoForm, LibraryDescriptionsMixin, shared_gallery
from medialibrary.models import LANGUAGE_NAMES, Image, missing_description_message
from multilingual.admin import MissingTranslationFilter, TranslatableAdmin
from preview.links import preview_link_html
from richtext.admin import SharedAttachmentInline, StorageErrorAdminMixin, shared_attachments
from richtext.images import validate_image
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


class ArticleDescriptions(LibraryDescriptionsMixin):
    """The article forms' messages about library image descriptions."""

    def redescribe_refused(self, description):
        return _(
            "The image is also shown in articles you may not change, where its description is "
            "“%(description)s”. Keep that description, or ask an editor to change it."
        ) % {"description": description}


class ArticleAdminForm(ArticleDescriptions, forms.ModelForm):
    NOW, AT_DATE = "now", "date"
    when = forms.ChoiceField(
        label=_("Publish"),
        choices=[(NOW, _("Now, when I save")), (AT_DATE, _("At the date and time below"))],
        widget=forms.RadioSelect,
        initial=AT_DATE,
        required=False,
        help_text=_("A date in the future schedules the article; it appears by itself at that time."),
    )

    cover_upload = forms.ImageField(
        label=_("Upload a new cover"),
        required=False,
        validators=[validate_image],
        help_text=_(
            "JPEG, PNG, WebP or GIF; location data and other metadata are removed. The image joins the media "
            "library and becomes the cover, in place of the one chosen above."
        ),
    )
    cover_for_all_languages = forms.BooleanField(
        label=_("Use this cover for all languages of this article"),
        required=False,
        help_text=_(
            "Also sets this cover on the article’s other language versions that you may change and whose "
            "language the image is described in. Left unticked, they keep their own covers."
        ),
    )
    cover_alt = forms.CharField(
        label=_("Cover description in the article’s language"),
        max_length=250,
        required=False,
        help_text=_(
            "What the cover shows, for readers who cannot see it. Kept in the media library: the image has one "
            "description per language, used wherever the image appears in that language."
        ),
    )

    class Meta:
        model = Article
        fields = [
            "language", "title", "slug", "category", "election", "body", "excerpt", "cover_image", "featured",
            "status", "publish_at",
        ]  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        image = self.instance.cover_image if self.instance.cover_image_id else None
        if image is None and str(self.initial.get("cover_image") or "").isdigit():
            image = Image.objects.filter(pk=self.initial["cover_image"]).first()  # a translation's shared cover
        language = self.instance.language if self.instance.pk else self.initial.get("language")
        if image is not None and language:
            self.fields["cover_alt"].initial = image.description_in(language)
        show_chosen(self, "cover_image", image, language)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("when") == self.NOW:
            cleaned["publish_at"] = timezone.now()
        self.described_cover = None
        language, image = cleaned.get("language"), cleaned.get("cover_image")
        if cleaned.get("cover_upload"):
            if not (cleaned.get("cover_alt") or "").strip() and language:
                self.add_error("cover_alt", missing_description_message(language))
        elif image is not None and language:
            self.described_cover = self.take_description("cover_alt", image, language)
        return cleaned

    def full_clean(self):
        super().full_clean()
        # The form names the missing description by its own field, where it can be typed (the model's
        # check names the cover).
        if "cover_image" in self.errors and "cover_alt" in self.errors:
            del self.errors["cover_image"]


class ArticlePhotoForm(ArticleDescriptions, GalleryPhotoForm):
    """A row of an article's gallery."""

    alt_label = _("Description in the article’s language")

    class Meta(GalleryPhotoForm.Meta):
        model = ArticlePhoto


class ArticlePhotoInline(GalleryInline):
    model = ArticlePhoto
    form = ArticlePhotoForm


class ArticleAttachmentInline(SharedAttachmentInline):
    model = ArticleAttachment


@admin.register(Article)
class ArticleAdmin(
    LibraryChooserAdminMixin,
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
    autocomplete_fields = ["category", "election", "cover_image"]
    library_chooser_fields = {"cover_image": "cover_alt"}
    readonly_fields = ["translations", "preview_link", "author", "created", "updated", "cover_preview"]
    inlines = [ArticlePhotoInline, ArticleAttachmentInline]
    translation_initial_fields = ("category", "election", "publish_at", "featured", "cover_image")
    fieldsets = [
        (None, {"fields": ["language", "translations", "title", "slug", "category", "election", "body"]}),
        (
            _("Listing"),
            {
                "fields": [
                    "excerpt",
                    "cover_preview",
                    "cover_image",
                    "cover_upload",
                    "cover_alt",
                    "cover_for_all_languages",
                    "featured",
                ]  # fmt: skip
            },
        ),
        (_("Publishing"), {"fields": ["status", "when", "publish_at", "preview_link", "author", "created", "updated"]}),
    ]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        left_out = set()
        if not self.has_publish_permission(request):
            left_out.add("when")  # press staff do not choose when to publish: an editor does, when it is reviewed
        if (obj is None and self.translation_source(request) is None) or (
            obj is not None and not Article.objects.translations_of(obj).exists()
        ):
            left_out.add("cover_for_all_languages")  # one language only: nothing to share with
        if obj is None or self.has_change_permission(request, obj):
            left_out.add("cover_preview")  # the cover's box shows its thumbnail
        return [
            (name, {**options, "fields": [f for f in options["fields"] if f not in left_out]})
            for name, options in fieldsets
        ]

    @admin.display(description=_("Preview link"))
    def preview_link(self, obj):
        return preview_link_html(obj)

    @admin.display(description=_("State"), ordering="status")
    def state(self, obj):
        return state_badge(obj)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("cover_image")

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        admin_site = self.admin_site

        class LibraryRulesForm(form):
            def may_redescribe(self, image):
                return may_edit_where_used(admin_site, request, image)

        return LibraryRulesForm

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        if isinstance(inline, GalleryInline) and obj.pk is None:
            kwargs["initial"] = shared_gallery(request, inline.model)  # the same images as the source's gallery
        if isinstance(inline, SharedAttachmentInline) and obj.pk is None:
            kwargs["initial"] = shared_attachments(request, inline.model)  # the source's documents and files
        return kwargs

    def save_model(self, request, obj, form, change):
        upload = form.cleaned_data.get("cover_upload")
        description = {f"description_{obj.language}": (form.cleaned_data.get("cover_alt") or "").strip()}
        if upload:
            obj.cover_image = Image.objects.create(file=upload, uploaded_by=request.user, **description)
        elif form.described_cover is not None:
            form.described_cover.save(update_fields=list(description))
        super().save_model(request, obj, form, change)
        if form.cleaned_data.get("cover_for_all_languages"):  # a new translation is in its group by now
            self.share_cover(request, obj)

    def share_cover(self, request, article):
        """Give the article's other language versions its cover, where the user may change them and the
        image is described in their language; say which versions were changed and which were not."""
        image = article.cover_image
        changed, skipped = [], []
        for version in Article.objects.translations_of(article).select_related("cover_image").order_by("language"):
            if version.cover_image_id == article.cover_image_id:
                continue
            language = LANGUAGE_NAMES.get(version.language, version.language)
            name = _("%(language)s (“%(title)s”)") % {"language": language, "title": version}
            if not self.has_change_permission(request, version):
                skipped.append(_("%(version)s: you may not change it") % {"version": name})
            elif image is not None and not image.description_in(version.language).strip():
                skipped.append(
                    _("%(version)s: the image has no description in %(language)s yet; describe it there first")
                    % {"version": name, "language": language}
                )
            else:
                version.cover_image = image
                version.save()
                record_now(version)  # a version of that article, as its own save would keep
                self.log_change(
                    request,
                    version,
                    [{"changed": {"fields": [str(Article._meta.get_field("cover_image").verbose_name)]}}],
                )
                changed.append(name)
        if changed:
            self.message_user(request, _("The cover was also set on: %(versions)s.") % {"versions": "; ".join(changed)})
        if skipped:
            self.message_user(
                request, _("The cover was not changed on: %(versions)s.") % {"versions": "; ".join(skipped)},
                messages.WARNING,
            )  # fmt: skip

    @admin.display(description=_("Current cover"))
    def cover_preview(self, obj):
        return thumbnail_html(obj.cover_image if obj is not None and obj.cover_image_id else None, size="medium")

    @admin.display(description=_("Image"))
    def thumbnail(self, obj):
        return thumbnail_html(obj.cover_image if obj.cover_image_id else None, language=obj.language)
