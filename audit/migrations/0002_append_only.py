"""The database refuses to change or delete an audit entry: a trigger on PostgreSQL and SQLite alike.

SQLite lets the oldest remaining entry go (archiving from the start, and `manage.py flush`, which empties
each table with DELETE in row order where PostgreSQL uses TRUNCATE); verify_audit_log notices the gap
unless it is told the last archived entry."""

from django.db import migrations

POSTGRESQL_CREATE = [
    """
    CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'audit log entries are never changed or deleted (% refused)', TG_OP;
    END
    $$
    """,
    """
    CREATE TRIGGER audit_auditentry_append_only BEFORE UPDATE OR DELETE ON audit_auditentry
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change()
    """,
]
POSTGRESQL_DROP = [
    "DROP TRIGGER IF EXISTS audit_auditentry_append_only ON audit_auditentry",
    "DROP FUNCTION IF EXISTS audit_refuse_change()",
]
SQLITE_CREATE = [
    """
    CREATE TRIGGER audit_auditentry_no_update BEFORE UPDATE ON audit_auditentry
    BEGIN SELECT RAISE(ABORT, 'audit log entries are never changed'); END
    """,
    """
    CREATE TRIGGER audit_auditentry_no_delete BEFORE DELETE ON audit_auditentry
    WHEN EXISTS (SELECT 1 FROM audit_auditentry WHERE sequence < OLD.sequence)
    BEGIN SELECT RAISE(ABORT, 'audit log entries are never deleted'); END
    """,
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS audit_auditentry_no_update",
    "DROP TRIGGER IF EXISTS audit_auditentry_no_delete",
]
STATEMENTS = {
    "postgresql": (POSTGRESQL_CREATE, POSTGRESQL_DROP),
    "sqlite": (SQLITE_CREATE, SQLITE_DROP),
}


def run(schema_editor, which):
    statements = STATEMENTS.get(schema_editor.connection.vendor)
    for statement in statements[which] if statements else []:
        schema_editor.execute(statement, params=None)  # no placeholders: the % is PL/pgSQL's


def forwards(apps, schema_editor):
    run(schema_editor, 0)


def backwards(apps, schema_editor):
    run(schema_editor, 1)


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_initial")]

    operations = [migrations.RunPython(forwards, backwards)]
