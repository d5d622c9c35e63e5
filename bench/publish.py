"""Publish articles through the site's normal save path: `python -m bench.publish`, with the site's
settings and environment. Reads one title a line on stdin, saves a published English article with
it (Article.objects.create: the save signals replace the content version once it is committed), and
prints "published <unix time>" when the save has returned.
"""

import os
import sys
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "commission_site.settings")

import django  # noqa: E402

django.setup()

from django.utils import timezone  # noqa: E402
from django.utils.text import slugify  # noqa: E402

from news.models import Article, Category  # noqa: E402


def publish(title):
    Article.objects.create(
        language="en",
        title=title,
        slug=slugify(title),
        body=f"<p>{title}: published by the benchmark's publishing storm.</p>",
        category=Category.objects.in_language("en").first(),
        status=Article.Status.PUBLISHED,
        publish_at=timezone.now(),
    )


def main():
    print("ready", flush=True)
    for line in sys.stdin:
        publish(line.strip())
        print(f"published {time.time()}", flush=True)


if __name__ == "__main__":
    main()
