"""Settings for the test run: the production settings (DEBUG off) with a throwaway secret."""

import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-used-anywhere-else-0123456789")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("SECURE_COOKIES", "0")

from commission_site.settings import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast hashing in tests only
PAGE_CACHE_SECONDS = 300  # the page cache is under test too (local memory: one process)
PAGE_CACHE_DEBUG_HEADER = True  # the tests check hits and misses by the X-Page-Cache header

# The live server of the browser tests answers each connection in a thread, all of them on the one
# in-memory SQLite connection of the test: the application answers one request at a time there
# (tests/browser/serial.py). Elsewhere the lock is never contended.
MIDDLEWARE = ["tests.browser.serial.OneRequestAtATime", *MIDDLEWARE]  # noqa: F405
