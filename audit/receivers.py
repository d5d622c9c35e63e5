"""What the audit log records by itself: log-ins and lock-outs, accounts and roles, passwords, two-factor
devices and preview links. Content apps record their own actions with audit.record()."""

from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from axes.signals import user_locked_out
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_otp.forms import otp_verification_failed
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from preview.models import PreviewLink

from .actions import Action
from .context import current_request
from .recording import record

# What pre_save leaves on an instance for post_save: the stored values it compares with.
STORED = "_audit_stored"
# What post_save leaves on a user loaded from a fixture (loaddata saves it raw, then sets its groups).
LOADED = "_audit_loaded"
ACCOUNT_FIELDS = {"is_active", "is_staff", "is_superuser", "password"}


def stored_values(sender, instance, fields, update_fields):
    """Keep on the instance the stored values of those `fields` that this save writes."""
    if update_fields is not None:
        fields = fields & set(update_fields)
    if instance.pk is not None and fields:
        setattr(instance, STORED, sender.objects.filter(pk=instance.pk).values(*fields).first())


def take_stored(instance):
    return vars(instance).pop(STORED, None)


# Log-in, failures, lock-out, unlock -----------------------------------------------------------


def logged_in(sender, request, user, **kwargs):
    if getattr(user, "otp_device", None) is not None:
        record(
            Action.LOGGED_IN, user, request=request, user=user, message=_("%(user)s logged in with a two-factor code")
        )
    else:
        record(Action.LOGGED_IN, user, request=request, user=user, message=_("%(user)s logged in"))


def login_failed(sender, credentials, request=None, **kwargs):
    username = str(credentials.get(User.USERNAME_FIELD) or "")[:150]
    record(
        Action.LOGIN_FAILED,
        request=request,
        message=_("Failed log-in as “%(username)s”"),
        details={"username": username, "reason": "password"},
    )


def wrong_code(sender, user, **kwargs):
    record(
        Action.LOGIN_FAILED,
        user,
        message=_("Failed log-in as “%(username)s”: wrong two-factor code"),
        details={"username": user.get_username(), "reason": "code"},
    )


def locked_out(sender, request=None, username=None, ip_address=None, **kwargs):
    record(
        Action.LOCKED_OUT,
        request=request,
        message=_("Log-in as “%(username)s” from %(ip_address)s locked out after repeated failures"),
        details={"username": str(username or "")[:150], "ip_address": ip_address or ""},
    )


def attempt_deleted(sender, instance, **kwargs):
    """A locking attempt removed before its cool-off ends (by a site administrator, or axes_reset) unlocks;
    axes' own clean-up removes only attempts that no longer lock, or that never did."""
    cool_off = get_cool_off()
    if instance.failures_since_start < settings.AXES_FAILURE_LIMIT:
        return
    if cool_off is not None and instance.attempt_time < timezone.now() - cool_off:
        return
    record(
        Action.UNLOCKED,
        User.objects.filter(username=instance.username).first(),
        message=_("%(user)s unlocked log-in as “%(username)s” from %(ip_address)s"),
        details={"username": instance.username or "", "ip_address": instance.ip_address or ""},
    )


# Accounts and roles -------------------------------------------------------------------------------


def user_before_save(sender, instance, raw=False, update_fields=None, **kwargs):
    if not raw:
        stored_values(sender, instance, ACCOUNT_FIELDS, update_fields)


def user_saved(sender, instance, created, raw=False, **kwargs):
    stored = take_stored(instance)
    if raw:
        setattr(instance, LOADED, True)
        return
    if created:
        record(
            Action.USER_CREATED,
            instance,
            message=_("%(user)s created the account %(object)s"),
            details={"username": instance.get_username(), "is_staff": instance.is_staff,
                     "is_superuser": instance.is_superuser},
        )  # fmt: skip
        return
    if stored is None:
        return
    if stored.get("is_active") is True and not instance.is_active:
        record(Action.USER_DEACTIVATED, instance, message=_("%(user)s deactivated the account %(object)s"))
    elif stored.get("is_active") is False and instance.is_active:
        record(Action.CHANGED, instance, message=_("%(user)s reactivated the account %(object)s"))
    before = {field: stored[field] for field in ("is_staff", "is_superuser") if field in stored}
    after = {field: getattr(instance, field) for field in before}
    if before != after:
        record(
            Action.ROLE_CHANGED,
            instance,
            message=_("%(user)s changed the access of %(object)s: staff %(is_staff)s, superuser %(is_superuser)s"),
            details={"is_staff": instance.is_staff, "is_superuser": instance.is_superuser,
                     "before": before, "after": after},
        )  # fmt: skip
    if "password" in stored and stored["password"] != instance.password:
        password_changed(instance)


def password_changed(user):
    """Say who set the new password, and how: by the user through an e-mailed link, by themselves when
    logged in, by an administrator, or outside the site. Django's re-hashing of a correct password at
    log-in (when the hasher's settings change) keeps the same password and is not recorded."""
    request = current_request.get()
    if request is None:
        record(
            Action.PASSWORD_CHANGED,
            user,
            message=_("The password of %(object)s was changed outside the site (a command or the shell)"),
            details={"by": "outside the site"},
        )
        return
    match = getattr(request, "resolver_match", None)
    view = match.url_name if match is not None else ""
    actor = request.user if request.user.is_authenticated else None
    if view == "password_reset_confirm":
        record(
            Action.PASSWORD_CHANGED,
            user,
            user=user,
            message=_("%(user)s set a new password through the link e-mailed to them"),
            details={"by": "e-mailed link"},
        )
    elif view == "login":
        return
    elif actor is None:
        record(
            Action.PASSWORD_CHANGED,
            user,
            message=_("The password of %(object)s was changed"),
            details={"by": "unknown", "view": view},
        )
    elif actor.pk == user.pk:
        record(Action.PASSWORD_CHANGED, user, message=_("%(user)s changed their own password"), details={"by": "self"})
    else:
        record(
            Action.PASSWORD_CHANGED,
            user,
            message=_("%(user)s set a new password for %(object)s"),
            details={"by": "administrator"},
        )


def user_deleted(sender, instance, **kwargs):
    record(Action.DELETED, instance, message=_("%(user)s deleted the account %(object)s"))


def record_roles(user, added=(), removed=()):
    if added:
        record(
            Action.ROLE_CHANGED,
            user,
            message=_("%(user)s added %(object)s to %(added)s"),
            details={"added": sorted(added), "removed": []},
        )
    if removed:
        record(
            Action.ROLE_CHANGED,
            user,
            message=_("%(user)s removed %(object)s from %(removed)s"),
            details={"added": [], "removed": sorted(removed)},
        )


def groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
    """m2m_changed of User.groups, from either side: added after the fact, removed before (so that only
    real memberships are named); not the groups of a user loaded from a fixture."""
    if action not in ("post_add", "pre_remove", "pre_clear") or getattr(instance, LOADED, False):
        return
    kind = "added" if action == "post_add" else "removed"
    if not reverse:
        groups = Group.objects.filter(pk__in=pk_set) if action == "post_add" else instance.groups.all()
        if action == "pre_remove":
            groups = groups.filter(pk__in=pk_set)
        names = list(groups.values_list("name", flat=True))
        if names:
            record_roles(instance, **{kind: names})
        return
    users = User.objects.filter(pk__in=pk_set) if action == "post_add" else instance.user_set.all()
    if action == "pre_remove":
        users = users.filter(pk__in=pk_set)
    for user in users:
        record_roles(user, **{kind: [instance.name]})


# Two-factor devices -------------------------------------------------------------------------------

DEVICE_WORDS = {
    TOTPDevice: (
        _("%(user)s added the authenticator app “%(device)s” for %(object)s"),
        _("%(user)s removed the authenticator app “%(device)s” of %(object)s"),
    ),
    StaticDevice: (
        _("%(user)s added backup codes for %(object)s"),
        _("%(user)s removed the backup codes of %(object)s"),
    ),
}


def device_details(sender, device):
    return {"device": device.name, "kind": sender._meta.label_lower, "device_id": device.pk}


def device_before_save(sender, instance, raw=False, update_fields=None, **kwargs):
    """Only a device that is confirmed counts: an authenticator app being set up is added once confirmed."""
    if not raw and instance.confirmed:
        stored_values(sender, instance, {"confirmed"}, update_fields)


def device_saved(sender, instance, created, raw=False, **kwargs):
    stored = take_stored(instance)
    if raw or not instance.confirmed:
        return
    if created or (stored is not None and stored.get("confirmed") is False):
        record(
            Action.DEVICE_ADDED,
            instance.user,
            message=DEVICE_WORDS[sender][0],
            details=device_details(sender, instance),
        )


def device_deleted(sender, instance, **kwargs):
    if instance.confirmed:
        record(
            Action.DEVICE_REMOVED,
            instance.user,
            message=DEVICE_WORDS[sender][1],
            details=device_details(sender, instance),
        )


# Preview links ----------------------------------------------------------------------------------


def link_before_save(sender, instance, raw=False, update_fields=None, **kwargs):
    if not raw and instance.revoked_at is not None:
        stored_values(sender, instance, {"revoked_at"}, update_fields)


def link_saved(sender, instance, created, raw=False, **kwargs):
    stored = take_stored(instance)
    if raw:
        return
    details = {"link": instance.pk, "version": instance.version, "expires": instance.expires}
    if created:
        record(
            Action.PREVIEW_LINK_MADE,
            instance.content_object,
            user=instance.created_by,
            message=_("%(user)s made a preview link of %(object)s, valid until %(expires)s"),
            details=details,
        )
    elif stored is not None and stored.get("revoked_at") is None and "revoked_at" in stored:
        record(
            Action.PREVIEW_LINK_REVOKED,
            instance.content_object,
            user=instance.revoked_by,
            message=_("%(user)s revoked a preview link of %(object)s"),
            details=details,
        )


def connect():
    user_logged_in.connect(logged_in, dispatch_uid="audit_logged_in")
    user_login_failed.connect(login_failed, dispatch_uid="audit_login_failed")
    otp_verification_failed.connect(wrong_code, dispatch_uid="audit_wrong_code")
    user_locked_out.connect(locked_out, dispatch_uid="audit_locked_out")
    post_delete.connect(attempt_deleted, sender=AccessAttempt, dispatch_uid="audit_attempt_deleted")
    pre_save.connect(user_before_save, sender=User, dispatch_uid="audit_user_before_save")
    post_save.connect(user_saved, sender=User, dispatch_uid="audit_user_saved")
    post_delete.connect(user_deleted, sender=User, dispatch_uid="audit_user_deleted")
    m2m_changed.connect(groups_changed, sender=User.groups.through, dispatch_uid="audit_groups_changed")
    for model in DEVICE_WORDS:
        uid = model._meta.label_lower
        pre_save.connect(device_before_save, sender=model, dispatch_uid=f"audit_device_before_save_{uid}")
        post_save.connect(device_saved, sender=model, dispatch_uid=f"audit_device_saved_{uid}")
        post_delete.connect(device_deleted, sender=model, dispatch_uid=f"audit_device_deleted_{uid}")
    pre_save.connect(link_before_save, sender=PreviewLink, dispatch_uid="audit_link_before_save")
    post_save.connect(link_saved, sender=PreviewLink, dispatch_uid="audit_link_saved")
