from django.contrib import admin, messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .links import PREVIEWABLE, make_link, may_make_link, may_revoke_link
from .models import PreviewLink


def change_url(obj):
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])


@admin.register(PreviewLink)
class PreviewLinkAdmin(admin.ModelAdmin):
    list_display = ["__str__", "content_type", "version", "created_by", "created", "expires", "state"]
    list_filter = ["content_type", ("revoked_at", admin.EmptyFieldListFilter), "created"]
    list_select_related = ["content_type", "created_by"]
    date_hierarchy = "created"
    fields = ["content_type", "object_id", "revision", "version", "version_saved", "created", "created_by", "expires",
              "revoked_at", "revoked_by", "used_up_at"]  # fmt: skip
    readonly_fields = fields
    actions = ["revoke"]

    @admin.display(description=_("state"))
    def state(self, link):
        if link.revoked_at:
            return _("Revoked")
        if link.used_up_at:
            return _("Ended by publication")
        return _("Usable") if link.is_usable() else _("Expired")

    def has_add_permission(self, request):
        return False  # links are made from the page of the article or page they show

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("make/<str:label>/<int:object_id>/", view(self.make_view), name="preview_previewlink_make"),
            path("<int:link_id>/revoke/", view(self.revoke_view), name="preview_previewlink_revoke"),
            *super().get_urls(),
        ]

    def make_view(self, request, label, object_id):
        """Ask, then make a new preview link of one article or page (a POST, so a link is never made by
        merely opening a page)."""
        if label not in PREVIEWABLE:
            raise Http404
        app_label, model_name = label.split(".")
        model = ContentType.objects.get_by_natural_key(app_label, model_name).model_class()
        obj = get_object_or_404(model, pk=object_id)
        if not may_make_link(request.user, obj):
            raise PermissionDenied
        if request.method == "POST":
            if obj.is_published():
                messages.error(request, _("Published: share the public address instead."))
            else:
                make_link(obj, request.user)
                messages.success(request, _("A new preview link was made; it is shown below."))
            return HttpResponseRedirect(change_url(obj))
        context = {**self.admin_site.each_context(request), "obj": obj, "opts": self.opts,
                   "title": _("Make a preview link"), "back_url": change_url(obj)}  # fmt: skip
        return TemplateResponse(request, "admin/preview/make_confirmation.html", context)

    def revoke_view(self, request, link_id):
        """Ask, then revoke one preview link: only editors who may publish its article or page."""
        link = get_object_or_404(PreviewLink, pk=link_id)
        obj = link.content_object
        if obj is None or not may_revoke_link(request.user, obj):
            raise PermissionDenied
        if request.method == "POST":
            self.revoke_links(request, [link])
            return HttpResponseRedirect(change_url(obj))
        context = {**self.admin_site.each_context(request), "link": link, "obj": obj, "opts": self.opts,
                   "title": _("Revoke a preview link"), "back_url": change_url(obj)}  # fmt: skip
        return TemplateResponse(request, "admin/preview/revoke_confirmation.html", context)

    def revoke_links(self, request, links):
        allowed = [
            link
            for link in links
            if link.revoked_at is None
            and link.content_object is not None
            and may_revoke_link(request.user, link.content_object)
        ]
        for link in allowed:  # saved one by one, so the audit log records each revocation
            link.revoked_at, link.revoked_by = timezone.now(), request.user
            link.save(update_fields=["revoked_at", "revoked_by"])
        count = len(allowed)
        messages.success(
            request,
            ngettext("%(count)d preview link was revoked.", "%(count)d preview links were revoked.", count)
            % {"count": count},
        )

    @admin.action(description=_("Revoke the selected preview links"), permissions=["change"])
    def revoke(self, request, queryset):
        self.revoke_links(request, list(queryset))
