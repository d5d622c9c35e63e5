"""The review workflow in the admin: who may do what to an article or page, the buttons each role
sees, the comment thread beside the form, the bulk actions, and the e-mails they send.

Press staff write drafts and submit them ("Save draft", "Submit for review"); a submitted item is
read-only to them until an editor returns it with a comment; a colleague's drafts are read-only
too. Editors (who hold the model's publish permission) edit everything and "Publish now",
"Schedule", "Return with comment" or "Save". Used with commission_site.publishing.PublishRuleAdmin.
"""

from django.contrib import admin, messages
from django.contrib.auth.models import Permission, User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

import audit
from accounts.mail import notify

from .models import AUTHOR_STATES, Comment, Status

ACTION_FIELD = "_workflow"
COMMENT_FIELD = "workflow_comment"
SUBMIT, PUBLISH, SCHEDULE, RETURN = "submit", "publish", "schedule", "return"


def person(user):
    return (user.get_full_name() or user.get_username()) if user else ""


def is_scheduled(obj):
    """Say whether `obj` is published with a publication date still to come (pages have none)."""
    moment = getattr(obj, "publish_at", None)
    return obj.status == Status.PUBLISHED and moment is not None and moment > timezone.now()


class WorkflowAdmin:
    """A ModelAdmin mixin for models with a workflow `status` (workflow.models.Status), an `author`,
    and workflow.models.Reviewed's fields; put it before PublishRuleAdmin."""

    actions = ["submit_for_review", "publish", "return_with_comment", "unpublish"]

    # Who may edit ------------------------------------------------------------------------------------

    def may_edit(self, request, obj):
        """Editors edit all; others only their own drafts and returned items (not what waits for review)."""
        if not super().may_edit(request, obj):
            return False
        if obj is None or self.has_publish_permission(request):
            return True
        return obj.status in AUTHOR_STATES and obj.author_id == request.user.pk

    # The form and its buttons ------------------------------------------------------------------------

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        model_admin = self

        class WorkflowForm(form):
            def clean(self):
                cleaned = super().clean()
                action = self.data.get(ACTION_FIELD)
                if action in (PUBLISH, SCHEDULE, RETURN) and not model_admin.has_publish_permission(request):
                    raise ValidationError(_("Only an editor with the publishing right can do this."))
                if action == RETURN and not self.data.get(COMMENT_FIELD, "").strip():
                    raise ValidationError(_("Say what should change: returning needs a comment for the author."))
                if action == SCHEDULE:
                    moment = cleaned.get("publish_at")
                    if moment is None or moment <= timezone.now():
                        self.add_error("publish_at", _("To schedule, give a publication date and time in the future."))
                return cleaned

        return WorkflowForm

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        may_edit = self.has_change_permission(request, obj) if obj is not None else self.has_add_permission(request)
        publisher = self.has_publish_permission(request)
        context["workflow"] = {
            "publisher": publisher,
            "schedulable": "publish_at" in {field.name for field in self.opts.fields},
            "may_edit": may_edit,
            "may_delete": obj is not None and self.has_delete_permission(request, obj),
            "comments": list(Comment.objects.on(obj).select_related("author")) if obj is not None else [],
            "comment_text": request.POST.get(COMMENT_FIELD, "") if request.method == "POST" else "",
            "state": self.workflow_state(obj) if obj is not None else "",
            "why_read_only": "" if may_edit or obj is None else self.why_read_only(request, obj),
        }
        return super().render_change_form(request, context, add, change, form_url, obj)

    def why_read_only(self, request, obj):
        if obj.status == Status.REVIEW:
            return _("This is waiting for an editor's review; it can be changed again if an editor returns it.")
        if obj.status in AUTHOR_STATES:
            return _("This is a colleague's draft. Ask an editor if it needs changing.")
        return _("This is on the public site: only an editor with the publishing right changes it.")

    def workflow_state(self, obj):
        """Say the state of `obj` in words, with who and since when."""
        since = obj.status_changed and timezone.localtime(obj.status_changed).strftime("%d.%m.%Y %H:%M")
        if obj.status == Status.REVIEW:
            return _("In review since %(time)s, submitted by %(name)s") % {
                "time": since or "—",
                "name": person(obj.submitted_by) or "—",
            }
        if obj.status == Status.RETURNED:
            return _("Returned to the author on %(time)s") % {"time": since or "—"}
        if is_scheduled(obj):
            moment = timezone.localtime(obj.publish_at).strftime("%d.%m.%Y %H:%M")
            return _("Scheduled for %(time)s") % {"time": moment}
        if obj.status == Status.PUBLISHED:
            return _("Live")
        return _("Draft")

    # Saving --------------------------------------------------------------------------------------------

    def save_model(self, request, obj, form, change):
        if not change:
            obj.author = request.user
        action = request.POST.get(ACTION_FIELD)
        before = obj.status if change else None
        now = timezone.now()
        if action == SUBMIT and obj.status in AUTHOR_STATES:
            obj.status, obj.submitted_by = Status.REVIEW, request.user
        elif action == PUBLISH:
            obj.status = Status.PUBLISHED
            if hasattr(obj, "publish_at"):
                obj.publish_at = now.replace(microsecond=0)
        elif action == SCHEDULE:
            obj.status = Status.PUBLISHED
        elif action == RETURN:
            obj.status = Status.RETURNED
        if obj.status != before:
            obj.status_changed = now
        super().save_model(request, obj, form, change)
        self.after_change(request, obj, action, request.POST.get(COMMENT_FIELD, "").strip(), before)

    def after_change(self, request, obj, action, text, before):
        """Keep the comment and the step in the thread and the audit log, and tell whom it concerns."""
        kind = {SUBMIT: Comment.Kind.SUBMITTED, RETURN: Comment.Kind.RETURNED}.get(action)
        if obj.status == Status.PUBLISHED and before != Status.PUBLISHED:
            kind = Comment.Kind.SCHEDULED if is_scheduled(obj) else Comment.Kind.PUBLISHED
        self.audit(request, obj, kind, text, before)
        if kind or text:
            Comment.objects.create(
                content_object=obj, author=request.user, kind=kind or Comment.Kind.COMMENT, text=text
            )
        if kind == Comment.Kind.SUBMITTED:
            for editor in self.editors():
                self.tell(editor, "submitted", request, obj, text)
        elif kind and obj.author and obj.author != request.user:
            self.tell(obj.author, "returned" if kind == Comment.Kind.RETURNED else "published", request, obj, text)

    def audit(self, request, obj, kind, text, before):
        """One audit log entry for the step, in the transaction of the save."""
        if kind == Comment.Kind.SUBMITTED:
            audit.record(audit.Action.SUBMITTED, obj, request=request,
                         message=gettext_lazy("%(user)s submitted “%(object)s” for review"))  # fmt: skip
        elif kind == Comment.Kind.RETURNED:
            audit.record(audit.Action.RETURNED, obj, request=request, details={"comment": text},
                         message=gettext_lazy("%(user)s returned “%(object)s” to its author: %(comment)s"))  # fmt: skip
        elif kind == Comment.Kind.SCHEDULED:
            audit.record(audit.Action.SCHEDULED, obj, request=request, details={"publish_at": obj.publish_at},
                         message=gettext_lazy("%(user)s scheduled “%(object)s” for %(publish_at)s"))  # fmt: skip
        elif kind == Comment.Kind.PUBLISHED:
            audit.record(audit.Action.PUBLISHED, obj, request=request,
                         message=gettext_lazy("%(user)s published “%(object)s”"))  # fmt: skip
        elif before == Status.PUBLISHED and obj.status != Status.PUBLISHED:
            audit.record(audit.Action.UNPUBLISHED, obj, request=request,
                         message=gettext_lazy("%(user)s took “%(object)s” off the site"))  # fmt: skip
        elif before is None:
            audit.record(audit.Action.CREATED, obj, request=request,
                         message=gettext_lazy("%(user)s created “%(object)s”"))  # fmt: skip
        elif before == Status.PUBLISHED:
            audit.record(audit.Action.CHANGED, obj, request=request,
                         message=gettext_lazy("%(user)s changed “%(object)s”, which is on the site"))  # fmt: skip

    def delete_model(self, request, obj):
        audit.record(audit.Action.DELETED, obj, request=request, details={"status": obj.status},
                     message=gettext_lazy("%(user)s deleted “%(object)s”"))  # fmt: skip
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            audit.record(audit.Action.DELETED, obj, request=request, details={"status": obj.status},
                         message=gettext_lazy("%(user)s deleted “%(object)s”"))  # fmt: skip
        super().delete_queryset(request, queryset)

    def editors(self):
        """The active users who may publish this model (through a role or on their own)."""
        app_label, codename = self.publish_permission.split(".")
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
        return User.objects.filter(
            Q(groups__permissions__in=permission) | Q(user_permissions__in=permission) | Q(is_superuser=True),
            is_active=True,
        ).distinct()

    def tell(self, user, kind, request, obj, text):
        link = request.build_absolute_uri(reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change",
                                                  args=[obj.pk], current_app=self.admin_site.name))  # fmt: skip
        when = timezone.localtime(getattr(obj, "publish_at", None) or timezone.now())
        context = {"item": obj, "link": link, "actor": person(request.user), "comment": text, "when": when,
                   "scheduled": is_scheduled(obj), "model": self.opts.verbose_name}  # fmt: skip
        notify(user, kind, f"workflow/email/{kind}.txt", context)

    # Bulk actions --------------------------------------------------------------------------------------

    @admin.action(description=gettext_lazy("Submit the selected %(verbose_name_plural)s for review"),
                  permissions=["change"])  # fmt: skip
    def submit_for_review(self, request, queryset):
        done = 0
        for obj in queryset.filter(status__in=AUTHOR_STATES):
            if self.has_change_permission(request, obj):
                self.step(request, obj, Status.REVIEW, SUBMIT, "")
                done += 1
        skipped = queryset.count() - done
        self.message_user(request, ngettext("%d submitted for review.", "%d submitted for review.", done) % done)
        if skipped:
            self.message_user(
                request,
                ngettext(
                    "%d was left as it is: only your own drafts and returned items can be submitted.",
                    "%d were left as they are: only your own drafts and returned items can be submitted.",
                    skipped,
                )
                % skipped,
                messages.WARNING,
            )

    @admin.action(description=gettext_lazy("Publish the selected %(verbose_name_plural)s"), permissions=["publish"])
    def publish(self, request, queryset):
        if not self.has_publish_permission(request):
            raise PermissionDenied
        done = 0
        for obj in queryset.exclude(status=Status.PUBLISHED):
            fields = []
            if hasattr(obj, "publish_at"):
                obj.publish_at, fields = timezone.now().replace(microsecond=0), ["publish_at"]
            self.step(request, obj, Status.PUBLISHED, PUBLISH, "", fields)
            done += 1
        self.message_user(request, ngettext("%d published.", "%d published.", done) % done, messages.SUCCESS)

    @admin.action(
        description=gettext_lazy("Return the selected %(verbose_name_plural)s with a comment"), permissions=["publish"]
    )
    def return_with_comment(self, request, queryset):
        if not self.has_publish_permission(request):
            raise PermissionDenied
        waiting = queryset.filter(status=Status.REVIEW)
        text = request.POST.get(COMMENT_FIELD, "").strip()
        if "confirm" in request.POST and text:
            for obj in waiting:
                self.step(request, obj, Status.RETURNED, RETURN, text)
            count = len(waiting)
            self.message_user(request, ngettext("%d returned.", "%d returned.", count) % count, messages.SUCCESS)
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Return with a comment"),
            "opts": self.opts,
            "items": waiting,
            "selected": request.POST.getlist(admin.helpers.ACTION_CHECKBOX_NAME),
            "comment_text": text,
            "missing_comment": "confirm" in request.POST and not text,
        }
        return TemplateResponse(request, "admin/workflow/return_with_comment.html", context)

    @admin.action(description=gettext_lazy("Return the selected %(verbose_name_plural)s to draft"),
                  permissions=["publish"])  # fmt: skip
    def unpublish(self, request, queryset):
        if not self.has_publish_permission(request):
            raise PermissionDenied
        done = 0
        for obj in queryset.filter(status=Status.PUBLISHED):
            self.step(request, obj, Status.DRAFT, "", "")
            done += 1
        self.message_user(
            request, ngettext("%d returned to draft.", "%d returned to draft.", done) % done, messages.SUCCESS
        )

    def step(self, request, obj, status, action, text, fields=()):
        before = obj.status
        obj.status, obj.status_changed = status, timezone.now()
        if action == SUBMIT:
            obj.submitted_by = request.user
        obj.save(update_fields=["status", "status_changed", "submitted_by", "updated", *fields])
        self.log_change(request, obj, [{"changed": {"fields": ["status"]}}])
        self.after_change(request, obj, action, text, before)


def state_badge(obj):
    """The state of an article or page as the change lists show it (templates/admin/workflow/state.html)."""
    scheduled = (
        obj.status == Status.PUBLISHED and obj.publish_at > timezone.now() if hasattr(obj, "publish_at") else False
    )
    return render_to_string("admin/workflow/state.html", {"obj": obj, "scheduled": scheduled})
