"""One request at a time through the browser tests' live server.

pytest-django's live server answers each connection in a thread of its own, and on SQLite's
in-memory test database every thread uses the test's one connection. Two requests at once (a page,
and the admin form's presence heartbeat) could then leave both waiting on that connection for good,
which hung a run of the whole suite. The server still reads every connection in its own thread, so
a browser's idle connection holds nothing up; only the application's work is one at a time.
"""

import threading

_lock = threading.Lock()


class OneRequestAtATime:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with _lock:
            return self.get_response(request)
