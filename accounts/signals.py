"""What accounts tells other apps (an audit log, say) about events that no model save or admin log entry
records on its own."""

from django.dispatch import Signal

# A staff member set up an authenticator app (and got new backup codes): request, user, device.
two_factor_enrolled = Signal()

# A site administrator cleared a user name's failed log-ins: request, user, attempts (rows removed).
login_unlocked = Signal()
