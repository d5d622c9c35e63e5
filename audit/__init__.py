"""The audit log: who did what, to which object, when and from where, in a tamper-evident chain.

Content apps record their consequential actions where they happen, inside the transaction of the change,
so that a change cannot commit without its entry::

    import audit
    from django.utils.translation import gettext_lazy as _

    audit.record(
        audit.Action.SCHEDULED,
        article,
        request=request,
        message=_("%(user)s scheduled “%(object)s” for %(publish_at)s"),
        details={"publish_at": article.publish_at},
    )

- `action`: an `audit.Action`.
- `obj`: the object acted on; its kind, id and text at this moment are kept (None for none).
- `request`: gives the user and the address (commission_site.security.client_ip). Left out, the request
  being answered is used (audit.context.AuditRequestMiddleware keeps it), so model signal receivers need
  not be handed it; outside a request (commands) there is no address. `for_request(request)` sets it.
- `user`: the one who acted, when not the request's user (e.g. the account whose reset link was used).
- `message`: a gettext_lazy string: its msgid is kept and shown in the reader's language, with
  %(user)s, %(object)s and the keys of `details` filled in (lists joined, moments in the reader's time zone).
- `details`: JSON-serialisable, machine-readable values (old and new figures, dates, names), exported
  with the entry; dates and decimals are kept as DjangoJSONEncoder writes them.

Writing costs one INSERT and one read of the last entry (on PostgreSQL after a transaction-level
advisory lock, held to the end of the caller's transaction). `manage.py verify_audit_log` checks the chain.
"""

from .actions import Action
from .context import for_request
from .recording import record

__all__ = ["Action", "for_request", "record"]
