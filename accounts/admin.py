"""Accounts in the admin: site administrators assign the three roles, remove two-factor devices without
seeing their secrets, and unlock locked-out log-ins; superuser rights stay with superusers."""

from axes.admin import AccessAttemptAdmin, AccessFailureLogAdmin, AccessLogAdmin, IsLockedOutFilter
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from axes.utils import reset
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import Group, User
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_otp.plugins.otp_static.admin import StaticDeviceAdmin
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.admin import TOTPDeviceAdmin
from django_otp.plugins.otp_totp.models import TOTPDevice

from .forms import StaffCreationForm
from .models import FailedEmail
from .passwords import invite
from .roles import ROLES
from .signals import login_unlocked

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

    # Unlock: clear the failed log-ins of a user name (django-axes), from the user's page.

    def get_urls(self):
        unlock = path("<path:object_id>/unlock/", self.admin_site.admin_view(self.unlock_view), name="auth_user_unlock")
        return [unlock, *super().get_urls()]

    def may_unlock(self, request, obj):
        return self.has_change_permission(request, obj) and request.user.has_perm("axes.delete_accessattempt")

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, object_id)
        context = dict(extra_context or {})
        if obj is not None and self.may_unlock(request, obj):
            context["lockout"] = lockout_of(obj.get_username())
        return super().change_view(request, object_id, form_url, context)

    def unlock_view(self, request, object_id):
        """Ask, then clear every failed log-in recorded for the user's name, from all addresses."""
        obj = get_object_or_404(self.get_queryset(request), pk=object_id)
        if not self.may_unlock(request, obj):
            raise PermissionDenied
        change_url = reverse("admin:auth_user_change", args=[obj.pk])
        if request.method == "POST":
            count = reset(username=obj.get_username())
            login_unlocked.send(sender=User, request=request, user=obj, attempts=count)
            self.message_user(
                request,
                _("The log-in of %(user)s is unlocked: they can log in again.") % {"user": obj.get_username()},
                messages.SUCCESS,
            )
            return HttpResponseRedirect(change_url)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Unlock log-in"),
            "subtitle": None,
            "opts": self.opts,
            "original": obj,
            "lockout": lockout_of(obj.get_username()),
            "change_url": change_url,
        }
        return TemplateResponse(request, "admin/auth/user/unlock.html", context)


def lockout_of(username):
    """Return the user name's failed log-ins within the lockout period: {attempts, failures, locked}."""
    attempts = list(
        AccessAttempt.objects.filter(
            username=username, attempt_time__gte=timezone.now() - settings.AXES_COOLOFF_TIME
        ).order_by("-attempt_time")
    )
    return {
        "attempts": attempts,
        "failures": sum(attempt.failures_since_start for attempt in attempts),
        "locked": any(attempt.failures_since_start >= settings.AXES_FAILURE_LIMIT for attempt in attempts),
    }


class SuperusersDevicesHidden:
    """A two-factor device admin in which only superusers see, add or remove the devices of superusers,
    the user is chosen by name, and nobody sees a device's secret once it exists
    (OTP_ADMIN_HIDE_SENSITIVE_DATA): site administrators may only look at a device and remove it."""

    raw_id_fields = []
    autocomplete_fields = ["user"]

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


class AttemptColumns:
    """django-axes' records of log-ins, by user, address, time and count: no user-agent strings or form data."""

    search_fields = ["username", "ip_address"]
    list_display_links = ["username"]


class StaffAccessAttemptAdmin(AttemptColumns, AccessAttemptAdmin):
    list_display = ["username", "ip_address", "attempt_time", "failures_since_start", "locked"]
    list_filter = ["attempt_time", IsLockedOutFilter]
    fieldsets = [(None, {"fields": ["username", "ip_address", "attempt_time", "failures_since_start"]})]

    @admin.display(description=gettext_lazy("Locked out"), boolean=True)
    def locked(self, obj):
        return obj.failures_since_start >= settings.AXES_FAILURE_LIMIT


class StaffAccessFailureLogAdmin(AttemptColumns, AccessFailureLogAdmin):
    list_display = ["username", "ip_address", "attempt_time", "locked_out"]
    list_filter = ["attempt_time", "locked_out"]
    fieldsets = [(None, {"fields": ["username", "ip_address", "attempt_time", "locked_out"]})]


class StaffAccessLogAdmin(AttemptColumns, AccessLogAdmin):
    list_display = ["username", "ip_address", "attempt_time", "logout_time"]
    list_filter = ["attempt_time", "logout_time"]
    fieldsets = [(None, {"fields": ["username", "ip_address", "attempt_time", "logout_time"]})]


for model, model_admin in (
    (TOTPDevice, StaffTOTPDeviceAdmin),
    (StaticDevice, StaffStaticDeviceAdmin),
    (AccessAttempt, StaffAccessAttemptAdmin),
    (AccessFailureLog, StaffAccessFailureLogAdmin),
    (AccessLog, StaffAccessLogAdmin),
):
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
