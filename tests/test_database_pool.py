"""On PostgreSQL, the many threads of a gunicorn worker share a small pool of connections."""

import threading

import pytest
from django.conf import settings
from django.db import connection, connections

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql", reason="PostgreSQL only"
    ),
]


def test_forty_threads_serving_at_once_open_no_more_connections_than_the_pool_holds():
    ready = threading.Barrier(40)
    counts = []

    def serve():
        ready.wait()
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT pg_sleep(0.3)")
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            counts.append(cursor.fetchone()[0])
        connections["default"].close()  # what Django does at the end of each request: back to the pool

    threads = [threading.Thread(target=serve) for _ in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(counts) == 40
    # The pool's connections, plus this test's own (which is not from the worker's threads).
    assert max(counts) <= settings.DATABASE_POOL_MAX_SIZE + 1
    connection.close()
