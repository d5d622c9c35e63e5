"""Covers and gallery photos are going to reference images of the media library: the references first."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("medialibrary", "0001_initial"),
        ("news", "0013_search_stems"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="library_cover",
            field=models.ForeignKey(
                null=True, on_delete=django.db.models.deletion.PROTECT, related_name="+", to="medialibrary.image"
            ),
        ),
        migrations.AddField(
            model_name="articlephoto",
            name="library_image",
            field=models.ForeignKey(
                null=True, on_delete=django.db.models.deletion.PROTECT, related_name="+", to="medialibrary.image"
            ),
        ),
    ]
