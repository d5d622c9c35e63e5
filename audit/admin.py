"""The audit log in the admin: a list to filter, search and export; nobody adds, changes or deletes an entry."""

from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.urls import NoReverseMatch, path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .export import csv_response
from .models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["sequence", "created", "who", "address", "action", "object_link", "words"]
    list_display_links = ["sequence"]
    list_filter = [
        "action",
        ("user", admin.RelatedOnlyFieldListFilter),
        ("content_type", admin.RelatedOnlyFieldListFilter),
        "created",
    ]
    search_fields = ["user_name", "object_repr", "message", "details", "address", "=object_id"]
    date_hierarchy = "created"
    list_per_page = 100
    show_full_result_count = False  # the log only grows: no count of all entries on every filtered page
    actions = None
    fields = ["sequence", "created", "action", "who", "address", "content_type", "object_id", "object_link",
              "words", "message", "details", "previous_hash", "hash"]  # fmt: skip
    readonly_fields = ["who", "object_link", "words"]

    @admin.display(description=_("user"), ordering="user_name")
    def who(self, entry):
        return entry.user_shown

    @admin.display(description=_("what happened"))
    def words(self, entry):
        return entry.text()

    @admin.display(description=_("object"), ordering="object_repr")
    def object_link(self, entry):
        url = self.object_url(entry)
        return format_html('<a href="{}">{}</a>', url, entry.object_repr) if url else entry.object_repr

    def object_url(self, entry):
        """Return the address of the object's admin page, when its kind has one."""
        if entry.content_type_id is None or not entry.object_id:
            return None
        try:
            model = ContentType.objects.get_for_id(entry.content_type_id).model_class()
        except ContentType.DoesNotExist:
            return None
        if model is None or not self.admin_site.is_registered(model):
            return None
        opts = model._meta
        try:
            return reverse(
                f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_change",
                args=[entry.object_id],
                current_app=self.admin_site.name,
            )
        except NoReverseMatch:
            return None

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        view = self.admin_site.admin_view(self.export_view)
        return [path("export/", view, name="audit_auditentry_export"), *super().get_urls()]

    def export_view(self, request):
        """The entries the list shows with the same filters, search and order, as CSV."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        try:
            changelist = self.get_changelist_instance(request)
        except IncorrectLookupParameters:
            return HttpResponseRedirect(reverse(f"{self.admin_site.name}:audit_auditentry_changelist"))
        filename = f"audit-log-{timezone.localdate().isoformat()}.csv"
        return csv_response(changelist.get_queryset(request), filename)


class AuditHistoryAdmin:
    """A ModelAdmin mixin: the object's History page tells its audit log entries in words ("Published by
    merdan", "Scheduled by merdan for 5 Dec 02:00") above Django's list of changed fields."""

    def history_view(self, request, object_id, extra_context=None):
        content_type = ContentType.objects.get_for_model(self.model)
        entries = AuditEntry.objects.filter(content_type=content_type, object_id=str(unquote(object_id)))
        told = [(entry, entry.text()) for entry in entries.order_by("-sequence")[:200]]
        return super().history_view(request, object_id, {"audit_entries": told, **(extra_context or {})})
