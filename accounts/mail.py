"""E-mail to staff, in the recipient's language, sent after the change commits and never in its way.

A message is sent from a thread of its own once the transaction that caused it has committed, with
the SMTP timeout of settings.EMAIL_TIMEOUT: a slow or absent mail server never makes a save fail or
wait. A send that fails is logged and kept as a FailedEmail, which site administrators see counted
on the dashboard.
"""

import logging
import threading

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import close_old_connections, connection, transaction
from django.template.loader import render_to_string
from django.utils import translation

from .models import FailedEmail, profile_of

logger = logging.getLogger(__name__)

# Kinds of notification a staff member may turn off, and the profile field that says whether they want it.
KINDS = {"submitted": "notify_submitted", "returned": "notify_returned", "published": "notify_published"}


def compose(user, template, context):
    """Return (subject, body) of the text template `template` for `user`, in their language: the subject
    is the first line of the rendered text, the body the rest."""
    with translation.override(profile_of(user).email_language):
        text = render_to_string(template, {"user": user, **context}).strip()
    subject, _newline, body = text.partition("\n")
    return subject.strip(), body.strip() + "\n"


def wants(user, kind):
    """Say whether `user` wants e-mails of `kind` (always, for kinds they cannot turn off)."""
    field = KINDS.get(kind)
    return bool(user.email) and user.is_active and (field is None or getattr(profile_of(user), field))


def notify(user, kind, template, context):
    """Send `user` the e-mail `template` after the current transaction commits, if they want `kind`."""
    if not wants(user, kind):
        return
    subject, body = compose(user, template, context)
    message = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
    transaction.on_commit(lambda: send_later(message, kind))


def send_later(message, kind):
    if settings.EMAIL_IN_BACKGROUND:
        threading.Thread(target=send, args=(message, kind), daemon=True).start()
    else:
        send(message, kind)


def send(message, kind):
    try:
        message.send()
    except Exception as error:  # an unreachable or refusing server, a timeout: never the save's problem
        logger.warning("Could not send the %s e-mail to %s: %s", kind, ", ".join(message.to), error)
        record_failure(message, kind, error)
    finally:
        if settings.EMAIL_IN_BACKGROUND:
            close_old_connections()
            connection.close()


def record_failure(message, kind, error):
    try:
        FailedEmail.objects.create(
            recipient=", ".join(message.to)[:254], kind=kind, subject=message.subject[:200], error=str(error)[:500]
        )
    except Exception:
        logger.exception("Could not record the failed %s e-mail", kind)
