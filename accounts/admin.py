"""Accounts in the admin: site administrators assign the three roles; superuser rights stay with superusers."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import Group, User
from django_otp.plugins.otp_static.admin import StaticDeviceAdmin
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.admin import TOTPDeviceAdmin
from django_otp.plugins.otp_totp.models import TOTPDevice

from .forms import StaffCreationForm
from .models import FailedEmail
from .passwords import invite
from .roles import ROLES

SUPERUSER_FIELDS = ("is_superuser", "user_permissions")

admin.site.unregister(User)


@admin.register(User)
class StaffUserAdmin(UserAdmin):
    """Django's user admin, with every right beyond the three roles kept for superusers; a new staff
    account is made on one screen and its user sets their own password from an e-mailed link."""

    add_form = StaffCreationForm
    add_form_template = "admin/change_form.html"
    add_fieldsets = [(None, {"fields": ["username", "first_name", "last_name", "email", "role"]})]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if not change:
            invite(request, obj)

    def save_related(self, request, form, formsets, change):
        if not change:
            super().save_related(request, form, formsets, change)
            form.instance.groups.set(Group.objects.filter(name=form.cleaned_data["role"]))
            return
        self.save_related_keeping_hidden_groups(request, form, formsets, change)

    def protects(self, request, obj):
        """Return whether obj is a superuser that the requesting user, not being one, may only look at."""
        return obj is not None and obj.is_superuser and not request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not self.protects(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not self.protects(request, obj)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if request.user.is_superuser:
            return fieldsets
        return [
            (name, {**options, "fields": [field for field in options["fields"] if field not in SUPERUSER_FIELDS]})
            for name, options in fieldsets
        ]

    def get_readonly_fields(self, request, obj=None):
        readonly = super().get_readonly_fields(request, obj)
        if obj is not None and obj.pk == request.user.pk and not request.user.is_superuser:
            return [*readonly, "groups"]  # nobody gives themselves another role
        return readonly

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "groups" and not request.user.is_superuser:
            kwargs["queryset"] = Group.objects.filter(name__in=ROLES)
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_related_keeping_hidden_groups(self, request, form, formsets, change):
        """Keep the memberships of groups other than the roles, which only a superuser sees and changes."""
        kept = [] if request.user.is_superuser else list(form.instance.groups.exclude(name__in=ROLES))
        super().save_related(request, form, formsets, change)
        form.instance.groups.add(*kept)


class SuperusersDevicesHidden:
    """A two-factor device admin in which only superusers see, add or remove the devices of superusers."""

    def protects(self, request, obj):
        return obj is not None and obj.user.is_superuser and not request.user.is_superuser

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        return queryset if request.user.is_superuser else queryset.exclude(user__is_superuser=True)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "user" and not request.user.is_superuser:
            kwargs["queryset"] = User.objects.filter(is_superuser=False)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and not self.protects(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not self.protects(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not self.protects(request, obj)


class StaffTOTPDeviceAdmin(SuperusersDevicesHidden, TOTPDeviceAdmin):
    pass


class StaffStaticDeviceAdmin(SuperusersDevicesHidden, StaticDeviceAdmin):
    pass


for model, model_admin in ((TOTPDevice, StaffTOTPDeviceAdmin), (StaticDevice, StaffStaticDeviceAdmin)):
    admin.site.unregister(model)
    admin.site.register(model, model_admin)


@admin.register(FailedEmail)
class FailedEmailAdmin(admin.ModelAdmin):
    """The e-mails that could not be sent: for site administrators to see and clear."""

    list_display = ["created", "kind", "recipient", "subject", "error"]
    list_filter = ["kind", "created"]
    date_hierarchy = "created"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
