"""Covers and gallery photos are library images: the file, size and description columns go."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("medialibrary", "0001_initial"),
        ("news", "0015_move_media_into_library"),
    ]

    operations = [
        migrations.RemoveField(model_name="article", name="cover_alt"),
        migrations.RemoveField(model_name="article", name="cover_height"),
        migrations.RemoveField(model_name="article", name="cover_width"),
        migrations.RemoveField(model_name="article", name="cover_image"),
        migrations.RemoveField(model_name="articlephoto", name="alt"),
        migrations.RemoveField(model_name="articlephoto", name="height"),
        migrations.RemoveField(model_name="articlephoto", name="width"),
        migrations.RemoveField(model_name="articlephoto", name="image"),
        migrations.RenameField(model_name="article", old_name="library_cover", new_name="cover_image"),
        migrations.RenameField(model_name="articlephoto", old_name="library_image", new_name="image"),
        migrations.AlterField(
            model_name="article",
            name="cover_image",
            field=models.ForeignKey(
                blank=True,
                help_text="An image of the media library; its description in the article's language is its text.",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="covered_articles",
                to="medialibrary.image",
                verbose_name="cover image",
            ),
        ),
        migrations.AlterField(
            model_name="articlephoto",
            name="image",
            field=models.ForeignKey(
                help_text="An image of the media library; its description in the article's language is its text.",
                on_delete=django.db.models.deletion.PROTECT,
                related_name="gallery_photos",
                to="medialibrary.image",
                verbose_name="photo",
            ),
        ),
    ]
