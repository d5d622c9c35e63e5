"""Make the resized copies of every stored image that lacks them (pages never make them)."""

from django.apps import apps
from django.core.management.base import BaseCommand

from richtext.fields import VerifiedImageField
from richtext.renditions import make_renditions


class Command(BaseCommand):
    help = "Make the missing renditions of every image of every model (after a restore, or an upgrade)."

    def handle(self, *args, **options):
        made = 0
        for model in apps.get_models():
            for field in model._meta.get_fields():
                if not isinstance(field, VerifiedImageField):
                    continue
                rows = model._default_manager.exclude(**{field.name: ""}).only(
                    field.name, *(name for name in (field.width_field, field.height_field) if name)
                )
                if hasattr(model, "make_renditions"):  # a model that knows its crops (medialibrary.Image)
                    rows = model._default_manager.exclude(**{field.name: ""})
                for row in rows.iterator():
                    if hasattr(row, "make_renditions"):
                        row.make_renditions()
                    else:
                        width = getattr(row, field.width_field) if field.width_field else None
                        height = getattr(row, field.height_field) if field.height_field else None
                        make_renditions(getattr(row, field.name), width, height)
                    made += 1
        self.stdout.write(self.style.SUCCESS(f"Checked the renditions of {made} images."))
