from django import template

from richtext.renditions import renditions

from ..body import body_parts

register = template.Library()


@register.inclusion_tag("medialibrary/body.html")
def library_body(body, language, sizes="(min-width: 50em) 44rem, 100vw"):
    """A stored rich text body with its library images drawn from the library: WebP renditions of the
    whole image in a srcset, described in `language` (else with the text typed in the editor)."""
    parts = body_parts(body)
    for part in parts:
        image = part.get("image")
        if image is not None:
            sources = renditions(image.file, image.width, image.height)  # made when it was saved
            part.update(
                alt=image.description_in(language) or part["alt"],
                srcset=", ".join(f"{url} {width}w" for url, width, _height in sources),
            )
    return {"parts": parts, "sizes": sizes}
