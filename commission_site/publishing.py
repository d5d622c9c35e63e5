"""The publish rule in the admin, for every model that reaches the public site.

A change to live content is a publication: only holders of the model's publish permission
publish, unpublish, restore a live version, or change or delete a live record. Everyone else
works on what is not public yet. Records that belong to a live record (its figures, photos,
documents) follow the same rule as that record.
"""

from django.contrib import admin


class PublishRuleAdmin(admin.ModelAdmin):
    """A ModelAdmin whose live records only publishers change.

    `publish_permission` names the permission ("app.codename"); `live_values` says what a live
    record looks like ({"status": "published"} or {"published": True}); the field that carries it
    is read-only to everyone else, so what they save is never public."""

    publish_permission = None
    live_values = {}

    def has_publish_permission(self, request):
        return request.user.has_perm(self.publish_permission)

    def is_live(self, obj):
        """Say whether `obj`, as stored, is public (or scheduled to become public by itself)."""
        if obj is None or obj.pk is None:
            return False
        return self.is_live_data({name: getattr(obj, name) for name in self.live_values})

    def is_live_data(self, values):
        """Say whether stored field values (a record's or a revision's) are those of a live record."""
        return bool(self.live_values) and all(values.get(name) == value for name, value in self.live_values.items())

    def may_edit(self, request, obj):
        """Say whether the user may change `obj` and what belongs to it, as far as the publish rule goes."""
        return obj is None or not self.is_live(obj) or self.has_publish_permission(request)

    def has_change_permission(self, request, obj=None):
        return self.may_edit(request, obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self.may_edit(request, obj) and super().has_delete_permission(request, obj)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not self.has_publish_permission(request):
            readonly += [name for name in self.live_values if name not in readonly]
        return readonly

    def get_changelist_instance(self, request):
        changelist = super().get_changelist_instance(request)
        # Columns edited in place (a menu order) change live records: publishers only.
        if not self.has_publish_permission(request):
            changelist.list_editable = ()
        return changelist


class FollowsParentInline:
    """An inline whose rows may be added, changed or deleted only where the record they belong to may be.

    Used with admin.TabularInline or StackedInline on a PublishRuleAdmin's model (or on any
    ModelAdmin with a may_edit(request, obj) method)."""

    def parent_allows(self, request, obj):
        parent_admin = self.admin_site.get_model_admin(self.parent_model)
        may_edit = getattr(parent_admin, "may_edit", None)
        return may_edit is None or may_edit(request, obj)

    def has_add_permission(self, request, obj):
        return self.parent_allows(request, obj) and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return self.parent_allows(request, obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self.parent_allows(request, obj) and super().has_delete_permission(request, obj)
