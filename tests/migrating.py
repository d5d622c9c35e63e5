"""Data migrations under test: the database taken back to the state before a migration, then forward."""

from contextlib import contextmanager

from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def migrate(targets):
    """Migrate to `targets` ([(app, migration)]); return the apps of that state (historical models)."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def migrate_to_latest():
    """Migrate every app forward to its latest migration (the state the live models expect)."""
    return migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())


@contextmanager
def migrated_back_to(targets):
    """Yield the apps of the state at `targets`; migrate forward to the latest state afterwards."""
    try:
        yield migrate(targets)
    finally:
        migrate_to_latest()
