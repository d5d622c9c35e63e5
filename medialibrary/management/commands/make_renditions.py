"""Make the resized copies of every library image that lacks them (pages never make them)."""

from django.core.management.base import BaseCommand

from medialibrary.models import Image


class Command(BaseCommand):
    help = "Make the missing renditions of every image of the media library (after a restore, or an upgrade)."

    def handle(self, *args, **options):
        made = 0
        for image in Image.objects.exclude(file="").iterator():
            image.make_renditions()
            made += 1
        self.stdout.write(self.style.SUCCESS(f"Checked the renditions of {made} images."))
