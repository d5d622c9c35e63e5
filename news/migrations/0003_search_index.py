from django.db import migrations

from search.operations import PostgresOnlySQL


class Migration(migrations.Migration):
    dependencies = [("news", "0002_roles")]

    operations = [
        PostgresOnlySQL(
            "CREATE INDEX news_article_search ON news_article USING gin (search_vector);",
            "DROP INDEX IF EXISTS news_article_search;",
        ),
    ]
