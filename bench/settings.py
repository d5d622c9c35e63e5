"""The project's settings, with the benchmark's URLconf (the framework floor view) on top."""

from commission_site.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
PAGE_CACHE_DEBUG_HEADER = True  # the benchmark counts page-cache hits by the X-Page-Cache header
