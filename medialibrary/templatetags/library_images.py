from django import template

from richtext.renditions import CROPS, crop_box

register = template.Library()


@register.inclusion_tag("includes/responsive_image.html")
def library_image(image, language, crop="wide", sizes="100vw", css_class="", lazy=True):
    """A library image cut to `crop` around its focal point: WebP renditions in a srcset, described in
    `language`; the original file is the fallback."""
    if image is None or not image.file:
        return {"image": None}
    sources = image.renditions(crop)  # only those already made: none is made here
    width, height = sources[-1][1:] if sources else crop_size(image, crop)
    return {
        "image": image.file,
        "alt": image.description_in(language),
        "sizes": sizes,
        "css_class": css_class,
        "width": width,
        "height": height,
        "lazy": lazy,
        "srcset": ", ".join(f"{url} {w}w" for url, w, _h in sources),
    }


def crop_size(image, crop):
    left, top, right, bottom = crop_box(image.width, image.height, CROPS[crop].ratio, image.focal)
    return right - left, bottom - top
