from django.db import migrations

from search.operations import PostgresOnlySQL


class Migration(migrations.Migration):
    dependencies = [("pages", "0001_initial")]

    operations = [
        PostgresOnlySQL(
            "CREATE INDEX pages_page_search ON pages_page USING gin (search_vector);",
            "DROP INDEX IF EXISTS pages_page_search;",
        ),
    ]
