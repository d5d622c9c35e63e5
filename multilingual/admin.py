"""Admin pieces for translatable content: which versions exist, and what is left to translate."""

from django.conf import settings
from django.contrib import admin
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class MissingTranslationFilter(admin.SimpleListFilter):
    title = _("missing translation")
    parameter_name = "missing"

    def lookups(self, request, model_admin):
        return [(code, _("Not yet in %(language)s") % {"language": name}) for code, name in settings.LANGUAGES]

    def queryset(self, request, queryset):
        code = self.value()
        if code not in dict(settings.LANGUAGES):
            return queryset
        translated = queryset.model._default_manager.filter(language=code).values("translation_group")
        return queryset.exclude(translation_group__in=translated)


class TranslatableAdmin(admin.ModelAdmin):
    """Shows the language versions of a record and starts a missing one pre-filled from it."""

    # Fields copied from the source version into a new translation's form.
    translation_initial_fields = ()

    @admin.display(description=_("Translations"))
    def translations(self, obj):
        if obj is None or obj.pk is None:
            return "—"
        versions = {v.language: v for v in type(obj)._default_manager.filter(translation_group=obj.translation_group)}
        meta = obj._meta
        rows = []  # the template's: url (none for the version shown), label, state (a class)
        for code, name in settings.LANGUAGES:
            version = versions.get(code)
            if version is None:
                add = reverse(f"admin:{meta.app_label}_{meta.model_name}_add")
                url = f"{add}?translation_of={obj.pk}&language={code}"
                label = _("Add %(language)s translation") % {"language": name}
                rows.append({"url": url, "label": label, "state": "missing"})
            else:
                label = f"{name}: {version} ({version.get_status_display()})"
                if version.pk == obj.pk:
                    rows.append({"url": "", "label": label, "state": "current"})
                else:
                    url = reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[version.pk])
                    rows.append({"url": url, "label": label, "state": "exists"})
        return render_to_string("admin/multilingual/translation_list.html", {"rows": rows})

    @admin.display(description=_("Languages"))
    def language_versions(self, obj):
        return " ".join(sorted(getattr(obj, "_languages", [obj.language])))

    def translation_source(self, request):
        source_id = request.GET.get("translation_of", "")
        if not source_id.isdigit():
            return None
        return self.model._default_manager.filter(pk=source_id).first()

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        initial.pop("translation_of", None)
        source = self.translation_source(request)
        if source is not None:
            for field in self.translation_initial_fields:
                initial[field] = getattr(source, f"{field}_id", None) or getattr(source, field)
        return initial

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        source = None if change else self.translation_source(request)
        if source is None:
            return form

        class TranslationForm(form):
            def clean(self):
                cleaned = super().clean()
                language = cleaned.get("language")
                existing = type(source)._default_manager.filter(
                    translation_group=source.translation_group, language=language
                )
                version = existing.first() if language else None
                if version is not None:
                    self.add_error(
                        "language",
                        _("There is already a %(language)s version: “%(title)s”. Choose another language, "
                          "or open that version to change it.")
                        % {"language": dict(settings.LANGUAGES)[language], "title": version},
                    )  # fmt: skip
                return cleaned

        return TranslationForm

    def save_model(self, request, obj, form, change):
        if not change:
            source = self.translation_source(request)
            if source is not None:
                obj.translation_group = source.translation_group
        super().save_model(request, obj, form, change)
