from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MediaLibraryConfig(AppConfig):
    name = "medialibrary"
    verbose_name = _("Media library")

    def ready(self):
        from django.db import transaction
        from django.db.models.signals import post_delete, post_save, pre_save

        from richtext.renditions import delete_renditions
        from sitecache.versioning import invalidate_on_change

        from .models import Image

        invalidate_on_change(Image)

        def remember_focal(sender, instance, raw=False, **kwargs):
            stored = sender._default_manager.filter(pk=instance.pk).values_list("file", "focal_x", "focal_y").first()
            instance.stored_focal = stored[1:] if stored and stored[0] == instance.file.name else None

        def make_image_renditions(sender, instance, raw=False, **kwargs):
            if raw or not instance.file:
                return
            instance.make_renditions()
            before = getattr(instance, "stored_focal", None)
            if before is not None and tuple(before) != instance.focal:
                # The crops around the earlier point are no longer shown.
                transaction.on_commit(lambda: delete_renditions(instance.file, before, keep_focal=instance.focal))

        def delete_image_renditions(sender, instance, **kwargs):
            file, focal = instance.file, instance.focal
            transaction.on_commit(lambda: delete_renditions(file, focal))

        pre_save.connect(remember_focal, sender=Image, weak=False, dispatch_uid="medialibrary_focal")
        post_save.connect(make_image_renditions, sender=Image, weak=False, dispatch_uid="medialibrary_renditions")
        post_delete.connect(delete_image_renditions, sender=Image, weak=False, dispatch_uid="medialibrary_delete")
