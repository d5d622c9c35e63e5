"""Version history in the admin: the list of revisions of a record, their comparison and restoring."""

import re

from django.contrib import admin, messages
from django.contrib.admin.utils import model_format_dict, quote, unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import IntegrityError, models, router, transaction
from django.http import Http404, HttpResponseRedirect
from django.template.loader import select_template
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

import audit

from .diff import compare
from .models import Revision
from .recording import acting_as, record_now, recording_after_rows
from .registry import (
    apply_children,
    apply_snapshot,
    changed_fields,
    load_value,
    same,
    snapshot,
    tracked_children,
    tracked_fields,
)

_REVISION_ID = re.compile(r"[0-9]{1,18}")


def revision_label(revision):
    """Return "v7, <date> 02:10:41 by <user>" for a revision, as comments, headings and messages name it."""
    moment = timezone.localtime(revision.created)
    when = "{} {}".format(formats.date_format(moment, "DATE_FORMAT"), formats.time_format(moment, "H:i:s"))
    if revision.user is None:
        return _("v%(number)s, %(date)s") % {"number": revision.number, "date": when}
    return _("v%(number)s, %(date)s by %(user)s") % {
        "number": revision.number,
        "date": when,
        "user": revision.user.get_username(),
    }


class VersionedAdminMixin:
    """Keep a version of every save, list and compare the versions, and restore an earlier one."""

    change_form_template = "admin/history/change_form.html"
    versions_per_page = 50

    def get_urls(self):
        prefix = f"{self.opts.app_label}_{self.opts.model_name}"
        wrap = self.admin_site.admin_view
        return [
            path(
                "<path:object_id>/versions/compare/",
                wrap(self.versions_compare_view),
                name=f"{prefix}_versions_compare",
            ),
            path(
                "<path:object_id>/versions/<int:revision_id>/restore/",
                wrap(self.versions_restore_view),
                name=f"{prefix}_versions_restore",
            ),
            path("<path:object_id>/versions/", wrap(self.versions_view), name=f"{prefix}_versions"),
            *super().get_urls(),
        ]

    # Saves made through the admin are recorded as made by the logged-in user.

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        with acting_as(request.user), recording_after_rows():
            return super().changeform_view(request, object_id, form_url, extra_context)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if tracked_children(self.model):
            record_now(form.instance)  # one version with the record's rows as saved with it

    def changelist_view(self, request, extra_context=None):
        with acting_as(request.user, self._changelist_comment(request)):
            return super().changelist_view(request, extra_context)

    def _changelist_comment(self, request):
        if request.method != "POST":
            return ""
        if "_save" in request.POST:
            return _("Changed in the list")
        action = self.get_actions(request).get(request.POST.get("action", ""))
        if action is None:
            return ""
        return _("Bulk action: %(action)s") % {"action": str(action[2]) % model_format_dict(self.opts)}

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        opts = self.opts
        # Extend the template the admin would otherwise use, so per-model overrides keep working.
        context["versioned_base_template"] = select_template(
            [
                f"admin/{opts.app_label}/{opts.model_name}/change_form.html",
                f"admin/{opts.app_label}/change_form.html",
                "admin/change_form.html",
            ]
        )
        if obj is not None and obj.pk is not None:
            context["versions_url"] = self._versions_url(obj, "versions")
            context["versions_count"] = Revision.objects.for_object(obj).count()
        return super().render_change_form(request, context, add, change, form_url, obj)

    @admin.display(description=gettext_lazy("Versions"))
    def versions_link(self, obj):
        if obj is None or obj.pk is None:
            return "—"
        label = _("Versions (%(count)s)") % {"count": Revision.objects.for_object(obj).count()}
        return format_html('<a href="{}">{}</a>', self._versions_url(obj, "versions"), label)

    # Permissions.

    def restore_keeps(self):
        """Return the fields that say whether and when a record is public: a restore keeps their current
        values unless the editor asks for the version's."""
        return tuple(getattr(self, "live_values", {})) + tuple(
            name for name in ("publish_at",) if name in {field.name for field in tracked_fields(self.model)}
        )

    def has_restore_permission(self, request, obj, revision, with_state=False):
        """Restoring is an edit, and bringing back a published state is a publication."""
        if not self.has_change_permission(request, obj):
            return False
        is_live_data = getattr(self, "is_live_data", None)
        if with_state and is_live_data is not None and is_live_data(revision.data):
            return self.has_publish_permission(request)
        return True

    def state_words(self, data):
        """Say in words whether the record with these stored values is public: Draft, Scheduled for..., Live."""
        is_live_data = getattr(self, "is_live_data", None)
        if is_live_data is None:
            return ""
        if not is_live_data(data):
            return _("not public (draft)")
        moment = data.get("publish_at")
        if moment and load_value(self.model._meta.get_field("publish_at"), moment) > timezone.now():
            local = timezone.localtime(load_value(self.model._meta.get_field("publish_at"), moment))
            return _("scheduled for %(date)s") % {"date": formats.date_format(local, "DATETIME_FORMAT")}
        return _("public (live)")

    # Views.

    def versions_view(self, request, object_id):
        obj = self._get_versioned_object(request, object_id)
        revisions = Revision.objects.for_object(obj).select_related("user")
        page = Paginator(revisions, self.versions_per_page).get_page(request.GET.get("p"))
        shown = list(page.object_list)
        next_older = next(iter(revisions[page.end_index() : page.end_index() + 1]), None)
        rows = []
        for index, revision in enumerate(shown):
            previous = shown[index + 1] if index + 1 < len(shown) else next_older
            rows.append(
                {
                    "revision": revision,
                    "previous": previous,
                    "changes": [] if previous is None else changed_fields(self.model, previous.data, revision.data),
                    "is_current": page.number == 1 and index == 0,
                    "may_restore": self.has_restore_permission(request, obj, revision),
                    "compare_url": previous and self._compare_url(obj, previous, revision),
                    "restore_url": self._versions_url(obj, "versions_restore", revision.pk),
                }
            )
        context = self._context(
            request,
            obj,
            _("Versions of %(object)s") % {"object": obj},
            rows=rows,
            page=page,
            compare_url=self._versions_url(obj, "versions_compare"),
        )
        return TemplateResponse(request, "admin/history/versions.html", context)

    def versions_compare_view(self, request, object_id):
        obj = self._get_versioned_object(request, object_id)
        ids = [request.GET.get("a", ""), request.GET.get("b", "")]
        if not all(_REVISION_ID.fullmatch(value) for value in ids):
            raise Http404(_("Choose two versions to compare."))
        found = {r.pk: r for r in Revision.objects.for_object(obj).filter(pk__in=ids).select_related("user")}
        if len(found) != len(set(ids)):
            raise Http404(_("No such version of this record."))
        older, newer = sorted((found[int(value)] for value in ids), key=lambda r: (r.created, r.pk))
        context = self._context(
            request,
            obj,
            _("Changes to %(object)s") % {"object": obj},
            older=older,
            newer=newer,
            older_label=revision_label(older),
            newer_label=revision_label(newer),
            diffs=compare(self.model, older.data, newer.data),
        )
        return TemplateResponse(request, "admin/history/compare.html", context)

    def versions_restore_view(self, request, object_id, revision_id):
        obj = self._get_versioned_object(request, object_id)
        revision = self._get_revision(obj, revision_id)
        with_state = request.method == "POST" and request.POST.get("with_state") == "on"
        if not self.has_restore_permission(request, obj, revision, with_state):
            raise PermissionDenied
        current = snapshot(obj)
        keeps = self.restore_keeps()
        state_differs = any(current.get(name) != revision.data.get(name) for name in keeps)
        is_live_data = getattr(self, "is_live_data", None)
        takes_offline = is_live_data is not None and is_live_data(current) and not is_live_data(revision.data)
        errors = []
        if request.method == "POST":
            if takes_offline and with_state and request.POST.get("confirm_offline") != "on":
                errors = [_("Tick the box to confirm that restoring the version's state takes this off the site.")]
            else:
                kept = () if with_state else keeps
                if same(self.model, current, {**revision.data, **{name: current.get(name) for name in kept}}):
                    message = _("This version is the one in use; nothing was changed.")
                    self.message_user(request, message, messages.INFO)
                    return HttpResponseRedirect(self._versions_url(obj, "change"))
                replaced = Revision.objects.for_object(obj).first()
                errors = self._restore(request, obj, revision, kept)
                if not errors:
                    restored = Revision.objects.for_object(obj).first()
                    self.message_user(
                        request,
                        _("Version %(number)s was restored as version %(new)s; version %(old)s, which it replaced, "
                          "is kept in the history.")
                        % {"number": revision.number, "new": restored.number, "old": replaced and replaced.number},
                        messages.SUCCESS,
                    )  # fmt: skip
                    return HttpResponseRedirect(self._versions_url(obj, "change"))
                obj = self._get_versioned_object(request, object_id)
        context = self._context(
            request,
            obj,
            _("Restore an earlier version of %(object)s") % {"object": obj},
            revision=revision,
            revision_label=revision_label(revision),
            diffs=compare(self.model, current, {**revision.data, **{name: current.get(name) for name in keeps}}),
            errors=errors,
            state_differs=state_differs,
            current_state=self.state_words(current),
            version_state=self.state_words(revision.data),
            takes_offline=takes_offline,
            may_restore_state=self.has_restore_permission(request, obj, revision, with_state=True),
        )
        return TemplateResponse(request, "admin/history/restore.html", context)

    def _restore(self, request, obj, revision, keep=()):
        """Save `obj` with the values of `revision` (but those of `keep`) as a new revision; return the
        reasons it cannot be."""
        try:
            apply_snapshot(obj, revision.data, keep)
        except OSError:  # The image of that version is no longer in storage.
            return [_("A file of this version is no longer stored, so the version cannot be restored.")]
        files = [f.name for f in self.model._meta.get_fields() if isinstance(f, models.FileField)]
        try:
            obj.full_clean(exclude=files)
        except ValidationError as error:
            return error.messages
        comment = _("Restored version %(version)s") % {"version": revision_label(revision)}
        try:
            with (
                transaction.atomic(using=router.db_for_write(self.model)),
                acting_as(request.user, comment),
                recording_after_rows(),
            ):
                obj.save()
                apply_children(obj, revision.data)
                record_now(obj)
                self.log_change(request, obj, comment)
                audit.record(
                    audit.Action.RESTORED,
                    obj,
                    request=request,
                    details={"version": revision.number, "with_state": not keep},
                    message=gettext_lazy("%(user)s restored version %(version)s of “%(object)s”"),
                )
        except IntegrityError:  # a region or candidate of that version no longer exists
            return [_("A record this version refers to no longer exists, so the version cannot be restored.")]
        except OSError:  # a photo of that version is no longer in storage
            return [_("A file of this version is no longer stored, so the version cannot be restored.")]
        return []

    # Helpers.

    def _get_versioned_object(self, request, object_id):
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404(_("No such record."))
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        return obj

    def _get_revision(self, obj, revision_id):
        revision = None
        if revision_id < 2**63:
            revision = Revision.objects.for_object(obj).select_related("user").filter(pk=revision_id).first()
        if revision is None:
            raise Http404(_("No such version of this record."))
        return revision

    def _versions_url(self, obj, view, *args):
        name = f"admin:{self.opts.app_label}_{self.opts.model_name}_{view}"
        return reverse(name, args=[quote(obj.pk), *args], current_app=self.admin_site.name)

    def _compare_url(self, obj, older, newer):
        return f"{self._versions_url(obj, 'versions_compare')}?a={older.pk}&b={newer.pk}"

    def _context(self, request, obj, title, **extra):
        return {
            **self.admin_site.each_context(request),
            "title": title,
            "subtitle": None,
            "opts": self.opts,
            "app_label": self.opts.app_label,
            "object": obj,
            "versions_url": self._versions_url(obj, "versions"),
            "has_view_permission": self.has_view_permission(request, obj),
            **extra,
        }
