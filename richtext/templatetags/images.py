from django import template
from django.utils.safestring import mark_safe

from commission_site.html import html

from ..renditions import renditions

register = template.Library()


@register.simple_tag
def responsive_image(image, alt, sizes="100vw", css_class="", width=None, height=None, lazy=True):
    """An image in the sizes a page needs: WebP renditions in a srcset, the original as fallback."""
    if not image:
        return ""
    width = width or image.width
    height = height or image.height
    sources = renditions(image, width, height)  # only those already made: none is made here
    srcset = ", ".join(f"{url} {w}w" for url, w, _h in sources)
    img = html(
        '<img src="{}" alt="{}" width="{}" height="{}"{}{} decoding="async">',
        image.url,
        alt,
        width,
        height,
        html(' class="{}"', css_class) if css_class else "",
        mark_safe(' loading="lazy"') if lazy else "",
    )
    if not srcset:
        return img
    return html('<picture><source type="image/webp" srcset="{}" sizes="{}">{}</picture>', srcset, sizes, img)
