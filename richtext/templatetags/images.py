from django import template

from ..renditions import renditions

register = template.Library()


@register.inclusion_tag("includes/responsive_image.html")
def responsive_image(image, alt, sizes="100vw", css_class="", width=None, height=None, lazy=True):
    """An image in the sizes a page needs: WebP renditions in a srcset, the original as fallback."""
    if not image:
        return {"image": None}
    width = width or image.width
    height = height or image.height
    sources = renditions(image, width, height)  # only those already made: none is made here
    return {
        "image": image,
        "alt": alt,
        "sizes": sizes,
        "css_class": css_class,
        "width": width,
        "height": height,
        "lazy": lazy,
        "srcset": ", ".join(f"{url} {w}w" for url, w, _h in sources),
    }
