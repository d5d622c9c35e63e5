from django import forms
from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext_lazy
from django.utils.translation import gettext_lazy as _

import audit
from audit.admin import AuditHistoryAdmin
from commission_site.publishing import FollowsParentInline, PublishRuleAdmin
from editing.admin import ConcurrentEditingAdmin
from history.admin import VersionedAdminMixin
from history.recording import record_now
from medialibrary.admin import LibraryChooserAdminMixin, may_edit_where_used, thumbnail_html
from medialibrary.models import LANGUAGE_NAMES, Image
from multilingual.admin import MissingTranslationFilter, TranslatableAdmin
from preview.links import preview_link_html
from richtext.admin import StorageErrorAdminMixin
from richtext.images import validate_image
from search.admin import FoldedSearchAdmin
from workflow.admin import WorkflowAdmin, state_badge

from .models import Article, ArticleAttachment, ArticlePhoto, Category, missing_description_message

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
            self.described_cover = take_description(self, "cover_alt", image, language)
        return cleaned

    def may_redescribe(self, image):
        """Say whether this user may change the description of an image that others show (set per request)."""
        return False

    def full_clean(self):
        super().full_clean()
        # The form names the missing description by its own field, where it can be typed (the model's
        # check names the cover).
        if "cover_image" in self.errors and "cover_alt" in self.errors:
            del self.errors["cover_image"]


def take_description(form, name, image, language):
    """Give the library image the description typed in the form's field `name` (in memory; return the
    image to save), or add the field's error: a missing description must be typed, and one that other
    articles show is rewritten only by a user who may change them all."""
    typed = (form.cleaned_data.get(name) or "").strip()
    current = image.description_in(language).strip()
    if not typed or typed == current or (current and name not in form.changed_data):
        if not current:
            form.add_error(name, missing_description_message(language))
        return None
    if current and not form.may_redescribe(image):
        form.add_error(name, _(
            "The image is also shown in articles you may not change, where its description is "
            "“%(description)s”. Keep that description, or ask an editor to change it."
        ) % {"description": current})  # fmt: skip
        return None
    setattr(image, f"description_{language}", typed)
    return image


class ArticlePhotoForm(forms.ModelForm):
    """A gallery row: a library image, its description in the article's language, a caption."""

    alt = forms.CharField(
        label=_("Description in the article’s language"),
        max_length=250,
        required=False,
        help_text=_("Kept in the media library with the image; needed when it has none in this language."),
    )
    language_hint = None  # a new article's language, from the address (a translation's form)

    class Meta:
        model = ArticlePhoto
        fields = ["image", "alt", "caption", "order"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        language = self.instance.article.language if self.instance.article_id else self.language_hint
        image = self.instance.image if self.instance.image_id else None
        if image is None and str(self.initial.get("image") or "").isdigit():
            image = Image.objects.filter(pk=self.initial["image"]).first()  # a translation's shared photo
        if image is not None and language:
            self.fields["alt"].initial = image.description_in(language)

    def may_redescribe(self, image):
        return False  # set per request by the inline

    def clean(self):
        cleaned = super().clean()
        self.described = None
        article = cleaned.get("article")  # the inline's parent, set though not saved yet in a new article's form
        language = article.language if article is not None else None
        if cleaned.get("image") is not None and language and not cleaned.get("DELETE"):
            self.described = take_description(self, "alt", cleaned["image"], language)
        return cleaned

    def full_clean(self):
        super().full_clean()
        if "image" in self.errors and "alt" in self.errors:
            del self.errors["image"]  # the description is typed in its own field

    def save(self, commit=True):
        photo = super().save(commit)
        if commit and self.described is not None:
            self.described.save(update_fields=[f"description_{photo.article.language}"])
        return photo


class ArticlePhotoInline(LibraryChooserAdminMixin, FollowsParentInline, admin.TabularInline):
    model = ArticlePhoto
    form = ArticlePhotoForm
    extra = 0
    fields = ["thumbnail", "image", "alt", "caption", "order"]
    readonly_fields = ["thumbnail"]
    autocomplete_fields = ["image"]
    library_chooser_fields = {"image": "alt"}  # the chooser beside the box, the thumbnail with it
    template = "admin/news/article/gallery_inline.html"

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

            def may_redescribe(self, image):
                return may_edit_where_used(admin_site, request, image)

        formset.form = PhotoForm
        return formset

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("image")

    def get_extra(self, request, obj=None, **kwargs):
        return len(shared_gallery(request, self.parent_model))

    @admin.display(description=_("Image"))
    def thumbnail(self, photo):
        return thumbnail_html(photo.image if photo.image_id else None)


def shared_gallery(request, model):
    """The gallery rows a new translation starts with: its source's photos (the same library images)."""
    source_id = request.GET.get("translation_of", "")
    if request.method != "GET" or not source_id.isdigit():
        return []
    rows = ArticlePhoto.objects.filter(article_id=source_id).order_by("order", "id")
    return [{"image": row.image_id, "caption": row.caption, "order": row.order} for row in rows]


class AttachmentForm(forms.ModelForm):
    """A document row: an upload or a registry document; in a new translation, the source's row (the same
    registry document, or the same stored file)."""

    shared_from = forms.IntegerField(widget=forms.HiddenInput, required=False)
    shared_rows = None  # the source's attachments a new translation may share (set per request)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "document" in self.fields:
            self.fields["document"].error_messages["invalid_choice"] = _(
                "Only published documents of the registry can be attached, and this one is not (or no longer) "
                "published. Choose another document, or remove the row."
            )

    def clean(self):
        cleaned = super().clean()
        source = (
            self.shared_rows.filter(pk=cleaned.get("shared_from")).first() if self.shared_rows is not None else None
        )
        # No new upload and the carried-over file not cleared: the row keeps the source's stored file.
        if source is not None and source.file and cleaned.get("file") is None and not cleaned.get("document"):
            cleaned["file"] = source.file.name
        return cleaned


def shared_attachments(request, model):
    """The attachments a new translation starts with: its source's (the same registry documents, the same
    stored files)."""
    source_id = request.GET.get("translation_of", "")
    if request.method != "GET" or not source_id.isdigit():
        return []
    rows = model.objects.filter(**{f"{model.owner_field}_id": source_id}).order_by("order", "id")
    return [
        {"title": row.title, "document": row.document_id, "file": row.file or None, "order": row.order,
         "shared_from": row.pk}
        for row in rows
    ]  # fmt: skip


class SharedAttachmentInline(FollowsParentInline, admin.TabularInline):
    """Documents of a translatable record, uploaded or chosen from the registry, shared by a new translation."""

    form = AttachmentForm
    extra = 0
    fields = ["title", "document", "file", "order", "kind", "size", "shared_from"]
    readonly_fields = ["kind", "size"]
    autocomplete_fields = ["document"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("document")

    def get_extra(self, request, obj=None, **kwargs):
        return len(shared_attachments(request, self.model)) if obj is None else 0

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        source_id = request.GET.get("translation_of", "")
        model = self.model

        class Form(formset.form):
            shared_rows = (
                model.objects.filter(**{f"{model.owner_field}_id": source_id})
                if obj is None and source_id.isdigit()
                else None
            )

        formset.form = Form
        return formset


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
        if obj is None or not Article.objects.translations_of(obj).exists():
            left_out.add("cover_for_all_languages")
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
        if isinstance(inline, ArticlePhotoInline) and obj.pk is None:
            kwargs["initial"] = shared_gallery(request, self.model)  # the same images as the source's gallery
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
        if change and form.cleaned_data.get("cover_for_all_languages"):
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
