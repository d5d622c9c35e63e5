from django.db import models
from django.utils.translation import gettext_lazy as _


class Action(models.TextChoices):
    """The kinds of consequential action the audit log records."""

    CREATED = "created", _("created")
    CHANGED = "changed", _("changed")
    SUBMITTED = "submitted", _("submitted for review")
    RETURNED = "returned", _("returned with a comment")
    PUBLISHED = "published", _("published")
    SCHEDULED = "scheduled", _("scheduled")
    UNPUBLISHED = "unpublished", _("unpublished")
    RESTORED = "restored", _("version restored")
    DELETED = "deleted", _("deleted")
    FIGURES_ENTERED = "figures_entered", _("figures entered")
    FIGURES_PUBLISHED = "figures_published", _("figures published")
    FIGURES_CORRECTED = "figures_corrected", _("figures corrected")
    DOCUMENT_UPLOADED = "document_uploaded", _("document uploaded")
    DOCUMENT_VERSION_UPLOADED = "document_version_uploaded", _("document version uploaded")
    CATEGORY_CHANGED = "category_changed", _("category changed")
    USER_CREATED = "user_created", _("user created")
    ROLE_CHANGED = "role_changed", _("role changed")
    USER_DEACTIVATED = "user_deactivated", _("user deactivated")
    PASSWORD_CHANGED = "password_changed", _("password reset or changed")
    DEVICE_ADDED = "device_added", _("two-factor device added")
    DEVICE_REMOVED = "device_removed", _("two-factor device removed")
    LOGGED_IN = "logged_in", _("logged in")
    LOGIN_FAILED = "login_failed", _("failed log-in")
    LOCKED_OUT = "locked_out", _("locked out")
    UNLOCKED = "unlocked", _("unlocked")
    PREVIEW_LINK_MADE = "preview_link_made", _("preview link made")
    PREVIEW_LINK_REVOKED = "preview_link_revoked", _("preview link revoked")
