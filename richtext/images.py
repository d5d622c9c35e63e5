"""Verification of uploaded images: decoded with Pillow, limited in size, stripped of metadata."""

import io
import uuid
import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from PIL import Image, ImageOps

# Pillow format name -> file extension used for the stored file.
ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}


def _format_size(num_bytes):
    return f"{num_bytes / (1024 * 1024):.0f} MB"


def inspect_image(fileobj):
    """Decode the upload and return its Pillow format; raise ValidationError with the reason."""
    size = getattr(fileobj, "size", None)
    if size is None:
        fileobj.seek(0, io.SEEK_END)
        size = fileobj.tell()
    if size > settings.IMAGE_UPLOAD_MAX_BYTES:
        raise ValidationError(
            _("The file is too large (%(size)s); the limit is %(limit)s.")
            % {"size": _format_size(size), "limit": _format_size(settings.IMAGE_UPLOAD_MAX_BYTES)},
            code="too_large",
        )
    fileobj.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(fileobj) as image:
                image_format = image.format
                width, height = image.size
                if image_format not in ALLOWED_FORMATS:
                    raise ValidationError(
                        _("%(format)s files are not accepted; upload a JPEG, PNG, WebP or GIF image.")
                        % {"format": image_format or _("This type of")},
                        code="format",
                    )
                if width * height > settings.IMAGE_UPLOAD_MAX_PIXELS:
                    raise ValidationError(
                        _(
                            "The image is too large (%(width)s × %(height)s pixels); the limit is %(limit)s megapixels."
                        )  # fmt: skip
                        % {
                            "width": width,
                            "height": height,
                            "limit": settings.IMAGE_UPLOAD_MAX_PIXELS // 1_000_000,
                        },
                        code="pixels",
                    )
                if max(width, height) > min(width, height) * settings.IMAGE_UPLOAD_MAX_ASPECT_RATIO:
                    raise ValidationError(
                        _(
                            "The image is too narrow or too wide (%(width)s × %(height)s pixels); its long side may "
                            "be at most %(ratio)s times its short side. Crop it and upload it again."
                        )
                        % {"width": width, "height": height, "ratio": settings.IMAGE_UPLOAD_MAX_ASPECT_RATIO},
                        code="aspect_ratio",
                    )
                image.load()  # the first frame only: later frames of an animation are never decoded
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(_("The image has too many pixels to be processed safely."), code="pixels") from None
    except Exception:
        raise ValidationError(
            _("The file is not an image that can be read. Upload a JPEG, PNG, WebP or GIF image."),
            code="invalid",
        ) from None
    finally:
        fileobj.seek(0)
    return image_format


def validate_image(fileobj):
    """Model and form validator: refuse anything that is not an accepted, readable image."""
    if fileobj is None or getattr(fileobj, "_committed", False):
        return  # Already stored: it was checked when it was uploaded.
    inspect_image(fileobj)


def clean_image(fileobj):
    """Return a ContentFile of the image re-encoded without metadata, with a generated name."""
    image_format = inspect_image(fileobj)
    output = io.BytesIO()
    with Image.open(fileobj) as image:
        if image_format == "GIF":
            # Only the first frame is kept, as for animated WebP and PNG below: decoding and encoding every
            # frame is unbounded work (120 frames of 2000 x 2000 took a worker past its time-out), renditions
            # show the first frame anyway, and an animation that cannot be paused fails WCAG 2.2.2.
            image.save(output, format="GIF")
        else:
            upright = ImageOps.exif_transpose(image)
            options = {}
            if image_format == "JPEG":
                if upright.mode not in ("RGB", "L"):
                    upright = upright.convert("RGB")
                options = {"quality": 88, "optimize": True}
            elif image_format == "WEBP":
                options = {"quality": 88}
            elif image_format == "PNG":
                options = {"optimize": True}
            icc_profile = image.info.get("icc_profile")
            if icc_profile:
                options["icc_profile"] = icc_profile
            upright.save(output, format=image_format, **options)
    fileobj.seek(0)
    return ContentFile(output.getvalue(), name=f"{uuid.uuid4().hex}.{ALLOWED_FORMATS[image_format]}")
