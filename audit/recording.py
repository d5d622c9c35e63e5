"""Writing one entry: in the caller's transaction, at the end of the chain."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db import connections, router, transaction
from django.utils import timezone, translation

from commission_site.security import client_ip

from .actions import Action
from .context import current_request

# The transaction-level advisory lock every writer of the audit log takes on PostgreSQL ("audi" in ASCII), so
# that two transactions never read the same last entry and fork the chain. SQLite serialises writes itself.
ADVISORY_LOCK = 0x61756469


def record(action, obj=None, *, request=None, user=None, message, details=None):
    """Append an entry to the audit log, in the transaction in progress, and return it (see audit/__init__.py)."""
    from django.contrib.contenttypes.models import ContentType

    from .models import GENESIS_HASH, AuditEntry, plain

    request = request if request is not None else current_request.get()
    if user is None and request is not None:
        user = getattr(request, "user", None)
    if user is not None and not user.is_authenticated:
        user = None
    with translation.override(None):
        message = str(message)  # a gettext_lazy message is kept as its msgid, and shown in the reader's language
    entry = AuditEntry(
        action=Action(action).value,
        user=user,
        user_name=user.get_username()[:150] if user is not None else "",
        address=client_ip(request)[:45] if request is not None else "",
        content_type=ContentType.objects.get_for_model(obj) if obj is not None else None,
        object_id=str(obj.pk) if obj is not None and obj.pk is not None else "",
        object_repr=str(obj)[:200] if obj is not None else "",
        message=message,
        details=plain(json.loads(json.dumps(details or {}, cls=DjangoJSONEncoder, allow_nan=False))),
    )
    using = router.db_for_write(AuditEntry)
    connection = connections[using]
    with transaction.atomic(using=using, savepoint=False):
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [ADVISORY_LOCK])
        last = AuditEntry.objects.using(using).order_by("-sequence").values_list("sequence", "hash").first()
        entry.sequence, entry.previous_hash = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
        entry.created = timezone.now()
        entry.hash = entry.compute_hash()
        entry.save(using=using, force_insert=True)
    return entry
