"""The request being answered, for receivers of model signals that are not given it."""

from contextlib import contextmanager
from contextvars import ContextVar

# The request in progress; None outside a request (management commands, the shell, background threads).
current_request = ContextVar("audit_current_request", default=None)


@contextmanager
def for_request(request):
    """Record the entries written inside the block as done by `request`'s user, from its address."""
    token = current_request.set(request)
    try:
        yield
    finally:
        current_request.reset(token)


class AuditRequestMiddleware:
    """Make the request known to the audit log's signal receivers while it is answered."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with for_request(request):
            return self.get_response(request)
