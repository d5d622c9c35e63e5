"""Every admin model, every role: what each staff role may add, change, delete, view and publish.

The roles are the groups the migrations create; the accounts are real users in them, never a
superuser. A model registered in the admin without a line here fails the walk, so nothing new
reaches the admin unguarded."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.test import RequestFactory

from .factories import make_staff

pytestmark = pytest.mark.django_db

ROLES = ("Press staff", "Editors", "Site administrators")


def rights(model_admin, request):
    """Return what the request's user may do with the model, as letters: add, change, delete, view, publish."""
    inline = not isinstance(model_admin, admin.ModelAdmin)
    checks = {
        "a": model_admin.has_add_permission(request, None) if inline else model_admin.has_add_permission(request),
        "c": model_admin.has_change_permission(request),
        "d": model_admin.has_delete_permission(request),
        "v": model_admin.has_view_permission(request),
    }
    publish = getattr(model_admin, "publish_permission", None)
    if publish:
        checks["p"] = request.user.has_perm(publish)
    return "".join(letter for letter, allowed in checks.items() if allowed)


def admin_models():
    """Yield (label, model admin or inline, the inline's parent admin) for every model the admin shows."""
    site = admin.site
    for model in apps.get_models():
        if not site.is_registered(model):
            continue
        model_admin = site.get_model_admin(model)
        yield model._meta.label_lower, model_admin, None
        for inline_class in model_admin.inlines:
            label = f"{model._meta.label_lower} > {inline_class.model._meta.label_lower}"
            yield label, inline_class(model, site), model_admin


# Per model (and inline, after ">"), for press staff, editors and site administrators: the letters of
# what the role may do on the model as a whole (add, change, delete, view, publish), then after "|"
# what it may still do to a live record (to the rows of a live record, for an inline).
EXPECTED = {
    "accounts.failedemail": ("", "", "dv"),
    "audit.auditentry": ("", "", "v"),
    "auth.group": ("", "", "v"),
    "auth.user": ("", "", "acdv"),
    "axes.accessfailurelog": ("", "", "v"),
    "axes.accessattempt": ("", "", "dv"),
    "axes.accesslog": ("", "", ""),
    "otp_totp.totpdevice": ("", "", "dv"),
    "otp_static.staticdevice": ("", "", "dv"),
    "otp_static.staticdevice > otp_static.statictoken": ("", "", ""),
    "news.category": ("v", "acdv", ""),
    "news.article": ("acdv|v", "acdvp|cdv", "|"),
    "news.article > news.articlephoto": ("acdv|v", "acdv|acdv", "|"),
    "news.article > news.articleattachment": ("acdv|v", "acdv|acdv", "|"),
    "pages.page": ("acdv|v", "acdvp|cdv", "|"),
    "pages.page > pages.pagephoto": ("acdv|v", "acdv|acdv", "|"),
    "pages.page > pages.pageattachment": ("acdv|v", "acdv|acdv", "|"),
    # Press staff hold news.delete_article (their drafts), so they may delete unused images too.
    "medialibrary.image": ("acdv", "acdv", ""),
    "medialibrary.collection": ("v", "acdv", ""),
    "elections.election": ("v", "acdv", ""),
    "elections.election > elections.keydate": ("v", "acdv", ""),
    "elections.election > elections.candidate": ("v", "acdv", ""),
    "elections.region": ("v", "acdv", ""),
    "elections.turnoutreport": ("acv|v", "acdvp|cdv", "|"),
    "elections.resultreport": ("acv|v", "acdvp|cdv", "|"),
    "elections.document": ("v", "acdv", ""),
    "elections.document > elections.documentversion": ("v", "dv", ""),
    # Links are made from their article or page (preview.add_previewlink, press staff and editors);
    # revoking one needs the publish permission of what it shows.
    "preview.previewlink": ("v", "cdv", ""),
}  # fmt: skip


def live_rights(model_admin, parent_admin, request):
    """Return what the user may do to a live record (for an inline: to the rows of a live record)."""
    rule = parent_admin if parent_admin is not None else model_admin
    live = rule.model(pk=0, **rule.live_values)
    checks = {
        "a": parent_admin is not None and model_admin.has_add_permission(request, live),
        "c": model_admin.has_change_permission(request, live),
        "d": model_admin.has_delete_permission(request, live),
        "v": model_admin.has_view_permission(request, live),
    }
    return "".join(letter for letter, allowed in checks.items() if allowed)


def test_every_admin_model_gives_each_role_exactly_its_rights():
    requests = {}
    for role in ROLES:
        request = RequestFactory().get("/admin/")
        request.user = make_staff(groups=[role])
        requests[role] = request
    found = {}
    for label, model_admin, parent_admin in admin_models():
        rule = parent_admin or model_admin
        found[label] = {}
        for role, request in requests.items():
            letters = rights(model_admin, request)
            if getattr(rule, "live_values", None):
                letters += "|" + live_rights(model_admin, parent_admin, request)
            found[label][role] = letters
    assert found == {label: dict(zip(ROLES, letters, strict=True)) for label, letters in EXPECTED.items()}


def test_nobody_but_a_publisher_changes_what_is_live():
    """Wherever a role may change a live record, it holds the publish permission that guards it."""
    for label, roles in EXPECTED.items():
        for role, letters in zip(ROLES, roles, strict=True):
            live = letters.partition("|")[2]
            if set(live) & set("acd"):
                parent_rights = EXPECTED[label.split(" > ")[0]][ROLES.index(role)]
                assert "p" in parent_rights, f"{role} may change live {label} without publishing rights"
