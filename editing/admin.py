"""Change forms that lose nothing typed and overwrite nobody without their knowing.

Every change form carries the state of the record it was loaded from; a save onto a record that
someone changed since comes back with both versions side by side instead of being applied. While
a form is open, its page tells the server every few seconds (presence) and is told who else is
editing and whether someone saved; what is typed is kept on the server as the user's unsaved
changes (and in the browser), and offered back when the form is opened again. A file chosen in a
form that came back with an error is kept for the next save.
"""

import json
from datetime import timedelta

from django.conf import settings
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.admin.utils import quote, unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models.fields.files import FieldFile
from django.http import Http404, JsonResponse
from django.urls import NoReverseMatch, path, reverse
from django.utils import formats, timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect

from history.diff import word_segments
from richtext.fields import RichTextField
from richtext.sanitize import html_to_text

from .models import EditingSession, UnsavedChanges
from .tokens import changed_parts, edit_token
from .uploads import KeepsUploads, keep_uploads

TOKEN_FIELD = "_edit_token"
LOADED_AT_FIELD = "_edit_loaded_at"
PRESENCE_SECONDS = 45  # a page not heard from for this long has been closed
MAX_UNSAVED_BYTES = 2 * 1024 * 1024


def person(user):
    return user.get_full_name() or user.get_username()


def clock(moment):
    return formats.time_format(timezone.localtime(moment), "H:i")


def as_text(value):
    """Return a stored or typed value as an editor reads it."""
    if value in (None, ""):
        return "—"
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if hasattr(value, "tzinfo") and hasattr(value, "hour"):
        return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")
    if isinstance(value, FieldFile):
        return value.name.rsplit("/", 1)[-1] if value else "—"
    if hasattr(value, "name") and hasattr(value, "read"):  # a file being uploaded
        return value.name
    return str(value)


class ConcurrentEditingAdmin:
    """A ModelAdmin mixin: edit conflicts, presence, unsaved changes and kept uploads."""

    def editing_key(self, obj):
        return f"{self.opts.label_lower}:{obj.pk if obj is not None and obj.pk is not None else 'add'}"

    def inline_models(self):
        return [inline.model for inline in self.inlines]

    def edit_token(self, obj):
        return edit_token(obj, self.inline_models())

    # URLs -----------------------------------------------------------------------------------------

    def get_urls(self):
        prefix = f"{self.opts.app_label}_{self.opts.model_name}"
        return [
            path("add/editing/unsaved/", self.editing_view(self.unsaved_view), name=f"{prefix}_add_unsaved"),
            path("<path:object_id>/editing/presence/", self.editing_view(self.presence_view),
                 name=f"{prefix}_presence"),
            path("<path:object_id>/editing/unsaved/", self.editing_view(self.unsaved_view), name=f"{prefix}_unsaved"),
            *super().get_urls(),
        ]  # fmt: skip

    def editing_view(self, view):
        """Wrap a view of the form's page: JSON answers, 401 when the session is gone (the page then
        keeps what is typed and asks to log in again)."""

        def wrapped(request, object_id=None):
            if request.method != "POST":
                return JsonResponse({"error": "POST only"}, status=405)
            if not self.admin_site.has_permission(request):
                return JsonResponse({"logged_out": True}, status=401)
            return view(request, object_id)

        return csrf_protect(never_cache(wrapped))

    def editing_object(self, request, object_id):
        if object_id is None:
            if not self.has_add_permission(request):
                raise PermissionDenied
            return None
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        return obj

    # The form -------------------------------------------------------------------------------------

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        model_admin = self

        class EditingForm(KeepsUploads, form):
            kept_for_user = request.user

            def clean(self):
                cleaned = super().clean()
                posted = self.data.get(TOKEN_FIELD)
                if obj is not None and posted is not None and posted != model_admin.edit_token(obj):
                    self.conflict = model_admin.describe_conflict(request, obj, self, posted)
                    model_admin.keep_unsaved(request, obj, self.data, posted)
                    raise ValidationError(
                        _("Someone saved this record after you opened it. Your text is kept in the form: "
                          "choose below what to keep."),
                        code="conflict",
                    )  # fmt: skip
                return cleaned

        return EditingForm

    def get_formsets_with_inlines(self, request, obj=None):
        for formset, inline in super().get_formsets_with_inlines(request, obj):
            formset.form = type(formset.form.__name__, (KeepsUploads, formset.form), {"kept_for_user": request.user})
            yield formset, inline

    def describe_conflict(self, request, obj, form, posted_token):
        """Who saved since the form was loaded, and their values beside the ones in the form."""
        stored = type(obj)._default_manager.get(pk=obj.pk)
        saved_by = self.saves_since(request, obj, form.data.get(LOADED_AT_FIELD), others_only=False).first()
        rows = []
        for name, field in form.fields.items():
            if name not in form.cleaned_data or name not in {f.name for f in self.opts.concrete_fields}:
                continue
            model_field = self.opts.get_field(name)
            theirs, mine = getattr(stored, name), form.cleaned_data[name]
            if isinstance(model_field, RichTextField):
                theirs, mine = html_to_text(theirs or ""), html_to_text(mine or "")
            theirs_text, mine_text = as_text(theirs), as_text(mine)
            if theirs_text == mine_text:
                continue
            segments = word_segments(theirs_text, mine_text)
            rows.append(
                {
                    "label": field.label,
                    "theirs": [(op, text) for op, text in segments if op != "insert"],
                    "mine": [(op, text) for op, text in segments if op != "delete"],
                }
            )
        parts = changed_parts(posted_token, self.edit_token(obj), self.inline_models())
        return {
            "by": person(saved_by.user) if saved_by and saved_by.user else None,
            "at": saved_by and formats.date_format(timezone.localtime(saved_by.action_time), "DATETIME_FORMAT"),
            "rows": rows,
            "rows_of": [model._meta.verbose_name_plural for model in parts if model is not None],
            "versions_url": self.versions_link(obj),
        }

    def versions_link(self, obj):
        name = f"admin:{self.opts.app_label}_{self.opts.model_name}_versions"
        try:
            return reverse(name, args=[quote(obj.pk)], current_app=self.admin_site.name)
        except NoReverseMatch:  # a model without version history
            return ""

    def saves_since(self, request, obj, loaded_at, others_only=True):
        """The admin's record of saves of `obj` after `loaded_at` (an ISO date-time), newest first."""
        entries = LogEntry.objects.filter(
            content_type_id=ContentType.objects.get_for_model(self.model).pk, object_id=str(obj.pk)
        ).select_related("user")
        moment = parse_datetime(loaded_at or "")
        if moment is not None:
            entries = entries.filter(action_time__gt=moment)
        if others_only:
            entries = entries.exclude(user=request.user)
        return entries.order_by("-action_time")

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        may_edit = self.has_change_permission(request, obj) if obj is not None else self.has_add_permission(request)
        if not may_edit:
            return super().render_change_form(request, context, add, change, form_url, obj)
        form = context["adminform"].form
        conflict = getattr(form, "conflict", None)
        bound = request.method == "POST"
        if bound:  # the form came back with errors: keep the files it was given
            keep_uploads(form, request.user)
            for inline_formset in context.get("inline_admin_formsets", []):
                for inline_form in inline_formset.formset.forms:
                    keep_uploads(inline_form, request.user)
        # A form sent back with an error keeps the state it was loaded from, so a colleague's save in
        # between is still caught; after a conflict, the form is based on the state now stored.
        keep_loaded = bound and conflict is None and TOKEN_FIELD in request.POST
        unsaved = None
        if not bound:
            unsaved = UnsavedChanges.objects.filter(user=request.user, form_key=self.editing_key(obj)).first()
        context["editing"] = {
            "key": self.editing_key(obj),
            "token": request.POST[TOKEN_FIELD] if keep_loaded else self.edit_token(obj),
            "loaded_at": request.POST.get(LOADED_AT_FIELD) if keep_loaded else timezone.now().isoformat(),
            "bound": bound,
            "conflict": conflict,
            "others": self.others_editing(request, obj) if obj is not None else [],
            "unsaved": unsaved and {
                "data": unsaved.data,
                "saved_at": unsaved.saved_at.isoformat(),
                "saved_at_text": clock(unsaved.saved_at),
                "base_token": unsaved.base_token,
            },
            "presence_url": obj is not None and self.editing_url(obj, "presence"),
            "unsaved_url": self.editing_url(obj, "unsaved" if obj is not None else "add_unsaved"),
            "login_url": reverse("admin:login", current_app=self.admin_site.name),
            "last_saved": self.last_saved_by(request, obj),
            "heartbeat_ms": settings.EDITING_HEARTBEAT_SECONDS * 1000,
            "change_url": request.get_full_path(),
        }  # fmt: skip
        return super().render_change_form(request, context, add, change, form_url, obj)

    def last_saved_by(self, request, obj):
        """When the user last saved this record (an added one: any record of the model), as ISO, or ""."""
        entries = LogEntry.objects.filter(
            user=request.user, content_type_id=ContentType.objects.get_for_model(self.model).pk
        )
        entries = entries.filter(object_id=str(obj.pk)) if obj is not None else entries.filter(action_flag=ADDITION)
        latest = entries.order_by("-action_time").values_list("action_time", flat=True).first()
        return latest.isoformat() if latest else ""

    def editing_url(self, obj, view):
        args = [quote(obj.pk)] if obj is not None else []
        name = f"admin:{self.opts.app_label}_{self.opts.model_name}_{view}"
        return reverse(name, args=args, current_app=self.admin_site.name)

    def response_add(self, request, obj, post_url_continue=None):
        UnsavedChanges.objects.filter(user=request.user, form_key=self.editing_key(None)).delete()
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        UnsavedChanges.objects.filter(user=request.user, form_key=self.editing_key(obj)).delete()
        return super().response_change(request, obj)

    # Presence and unsaved changes -----------------------------------------------------------------

    def others_editing(self, request, obj):
        """Sentences saying who else has this record's form open, and since when."""
        recent = timezone.now() - timedelta(seconds=PRESENCE_SECONDS)
        key = self.editing_key(obj)
        sessions = (
            EditingSession.objects.filter(form_key=key, last_seen__gte=recent)
            .exclude(user=request.user)
            .select_related("user")
            .order_by("started")
        )
        with_unsaved = set(UnsavedChanges.objects.filter(form_key=key).values_list("user_id", flat=True))
        lines = []
        for session in sessions:
            values = {"name": person(session.user), "model": self.opts.verbose_name, "time": clock(session.started)}
            if session.user_id in with_unsaved:
                lines.append(
                    _("%(name)s is also editing this %(model)s (since %(time)s) and has unsaved changes.") % values
                )
            else:
                lines.append(_("%(name)s is also editing this %(model)s (since %(time)s).") % values)
        return lines

    def presence_view(self, request, object_id):
        obj = self.editing_object(request, object_id)
        key, now = self.editing_key(obj), timezone.now()
        if request.POST.get("leaving"):
            EditingSession.objects.filter(user=request.user, form_key=key).delete()
            return JsonResponse({"others": []})
        session, created = EditingSession.objects.get_or_create(
            user=request.user, form_key=key, defaults={"started": now, "last_seen": now}
        )
        if not created:
            EditingSession.objects.filter(pk=session.pk).update(last_seen=now)
        EditingSession.objects.filter(last_seen__lt=now - timedelta(days=1)).delete()
        answer = {"others": self.others_editing(request, obj), "newer": None}
        if request.POST.get("token", "") != self.edit_token(obj):
            saved = self.saves_since(request, obj, request.POST.get("loaded_at")).first()
            who = person(saved.user) if saved and saved.user else _("Someone")
            when = clock(saved.action_time) if saved else clock(now)
            answer["newer"] = {
                "text": _("%(name)s saved a newer version at %(time)s.") % {"name": who, "time": when},
                "link": _("See it in the versions") if self.versions_link(obj) else _("Open it in a new tab"),
                "url": self.versions_link(obj) or self.editing_url(obj, "change"),
            }
        return JsonResponse(answer)

    def keep_unsaved(self, request, obj, data, base_token):
        """Keep what the user typed (not files, not the form's own hidden fields) as their unsaved changes."""
        values = {
            name: data.getlist(name)
            for name in data
            if name not in ("csrfmiddlewaretoken", TOKEN_FIELD, LOADED_AT_FIELD) and not name.startswith("_")
        }
        UnsavedChanges.objects.update_or_create(
            user=request.user,
            form_key=self.editing_key(obj),
            defaults={"data": values, "base_token": base_token or "", "saved_at": timezone.now()},
        )

    def unsaved_view(self, request, object_id=None):
        obj = self.editing_object(request, object_id)
        if obj is not None and not self.has_change_permission(request, obj):
            raise PermissionDenied
        if request.POST.get("discard"):
            UnsavedChanges.objects.filter(user=request.user, form_key=self.editing_key(obj)).delete()
            return JsonResponse({"discarded": True})
        raw = request.POST.get("data", "")
        if len(raw) > MAX_UNSAVED_BYTES:
            return JsonResponse({"error": _("Too much text to keep at once.")}, status=413)
        try:
            values = json.loads(raw)
        except ValueError:
            return JsonResponse({"error": "data must be JSON"}, status=400)
        if not isinstance(values, dict) or not all(isinstance(v, list) for v in values.values()):
            return JsonResponse({"error": "data must map names to lists"}, status=400)
        UnsavedChanges.objects.update_or_create(
            user=request.user,
            form_key=self.editing_key(obj),
            defaults={"data": values, "base_token": request.POST.get("token", ""), "saved_at": timezone.now()},
        )
        return JsonResponse({"kept": timezone.now().isoformat()})
