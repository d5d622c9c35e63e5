"""Settings for the commission site, read from the environment (see .env.example)."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _  # lazy: translated when used, in the active language

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "insecure-local-development-key-only-used-with-debug-on"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "commission_site.apps.CommissionAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_filters",
    "django_ckeditor_5",
    "accounts.apps.AxesConfig",  # django-axes and django-otp's plugins, named in the staff's language
    "django_otp",
    "accounts.apps.TOTPConfig",
    "accounts.apps.StaticConfig",
    "accounts",
    "audit",
    "multilingual",
    "richtext",
    "medialibrary",
    "news",
    "pages",
    "search",
    "sitecache",
    "history",
    "preview",
    "editing",
    "workflow",
    "elections",
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outside the page cache, so cached and fresh pages alike say what proxies may keep; the ETag and
    # the 304 answer come last, from the final headers.
    "django.middleware.http.ConditionalGetMiddleware",
    "sitecache.http.CacheControlMiddleware",
    "commission_site.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "sitecache.middleware.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "audit.context.AuditRequestMiddleware",  # the audit log's signal receivers know who acts, from where
    "django_otp.middleware.OTPMiddleware",
    "accounts.language.StaffLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "commission_site.middleware.DatabaseUnavailableMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "commission_site.urls"
WSGI_APPLICATION = "commission_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
            "libraries": {"site_tags": "commission_site.templatetags.site_tags"},
            "builtins": ["commission_site.templatetags.site_tags"],  # isoformat, absolute, json_ld
        },
    },
]

# Database: SQLite file in the project folder unless DATABASE_URL says otherwise.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
# PostgreSQL: the threads of a worker share a pool of at most this many connections, so an app
# server opens workers x DATABASE_POOL_MAX_SIZE connections however many threads it runs (0: no
# pool, each thread then keeps its own connection for DATABASE_CONN_MAX_AGE seconds).
DATABASE_POOL_MAX_SIZE = int(os.environ.get("DATABASE_POOL_MAX_SIZE", "8"))
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and DATABASE_POOL_MAX_SIZE > 0:
    DATABASES["default"]["CONN_MAX_AGE"] = 0  # the pool keeps them (and checks them: CONN_HEALTH_CHECKS)
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": 1,
        "max_size": DATABASE_POOL_MAX_SIZE,
        "timeout": 2,  # waiting longer for a connection only delays the 503 while the database is down
    }
# SQLite: a transaction takes the write lock when it begins, so concurrent writers (threads of a
# worker saving and writing the audit log) wait for each other instead of failing "database is locked".
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {})["transaction_mode"] = "IMMEDIATE"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set (shared by every app server), local memory otherwise.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "commission_site.cache_backends.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "commission",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},  # django-redis
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Each worker's own memory, for values derived from content that every request asks for (menus, list
# totals, renditions): sitecache keeps them here beside the shared cache, under the content version.
CACHES["local"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "local",
    "OPTIONS": {"MAX_ENTRIES": 2000},
}
# Whole public pages are cached for anonymous visitors for this long (0 turns the cache off). On by
# default only with the shared Redis cache: with per-process memory, one worker would not see
# another's invalidation.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300" if REDIS_URL else "0"))
# Whether responses say if they came from the page cache (X-Page-Cache); the public is not told.
PAGE_CACHE_DEBUG_HEADER = env_bool("PAGE_CACHE_DEBUG_HEADER", DEBUG)
# The query parameters public pages read: a page is cached under its path and these alone, and its
# view gets no others, so a tracking or unknown parameter is neither a new entry nor a new render.
# The news list reads category, year, month and page; search q and page; the election lists kind,
# year, election and q; the home page and the lists untranslated (the "not translated" notice).
PAGE_CACHE_QUERY_PARAMETERS = ("category", "election", "kind", "month", "page", "q", "untranslated", "year")

# What browsers (max-age) and shared caches such as nginx or a CDN (s-maxage) may keep of a public page,
# in seconds, never past the moment the next scheduled article is due; how long a shared cache may serve
# a page it holds while it fetches a fresh one, and while the site answers with errors (sitecache/http.py).
HTTP_CACHE_MAX_AGE = int(os.environ.get("HTTP_CACHE_MAX_AGE", "0"))
HTTP_CACHE_S_MAXAGE = int(os.environ.get("HTTP_CACHE_S_MAXAGE", "2"))
HTTP_CACHE_STALE_WHILE_REVALIDATE = int(os.environ.get("HTTP_CACHE_STALE_WHILE_REVALIDATE", "5"))
HTTP_CACHE_STALE_IF_ERROR = int(os.environ.get("HTTP_CACHE_STALE_IF_ERROR", "300"))

# The public address of the site, for canonical links, sitemaps and feeds; without it, the
# address of the request is used.
SITE_URL = os.environ.get("SITE_URL", "").rstrip("/")
# Stable feed item identifiers, independent of the host name the site is reached under.
FEED_GUID_PREFIX = "tag:{},2026:".format(SITE_URL.split("://")[-1] or "commission-site")

# E-mail to staff (notifications, links to set a password) through an SMTP server, with Django's own
# setting names. Without EMAIL_HOST (local development) e-mails are printed to the console instead.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "newsroom@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend" if EMAIL_HOST else "django.core.mail.backends.console.EmailBackend"
)
# Notifications are sent from a thread of their own after the change commits, so they never make it wait.
EMAIL_IN_BACKGROUND = True

# How often an open admin form tells the server it is still open and asks who else is editing.
EDITING_HEARTBEAT_SECONDS = 15

# How long a shared preview link of a draft stays valid.
PREVIEW_LINK_HOURS = int(os.environ.get("PREVIEW_LINK_HOURS", "72"))

# Sessions live in the database, so any app server can serve any visitor.
SESSION_ENGINE = "django.contrib.sessions.backends.db"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Turkmen is the state language and the default.
LANGUAGE_CODE = "tk"
LANGUAGES = [
    ("tk", "Türkmençe"),
    ("ru", "Русский"),
    ("en", "English"),
]
# The project's messages (locale/, where makemessages writes), then its translation of Django's own admin,
# auth and contrib messages (locale_django/, kept complete by scripts/django_messages.py): both take
# precedence over Django's catalogues, whose Turkmen leaves most of the admin in English.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_django"]
FORMAT_MODULE_PATH = ["commission_site.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = os.environ.get("TIME_ZONE", "Asia/Ashgabat")

# Static files: hashed and compressed by WhiteNoise.
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Media on S3-compatible object storage when a bucket is configured (several app servers),
# otherwise in MEDIA_ROOT on the local disk.
S3_BUCKET = os.environ.get("S3_BUCKET", "")
if S3_BUCKET:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": S3_BUCKET,
            "endpoint_url": os.environ.get("S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("S3_REGION") or None,
            "access_key": os.environ.get("S3_ACCESS_KEY_ID", ""),
            "secret_key": os.environ.get("S3_SECRET_ACCESS_KEY", ""),
            "custom_domain": os.environ.get("S3_CUSTOM_DOMAIN") or None,
            "querystring_auth": False,
            "file_overwrite": False,
            "default_acl": None,
        },
    }

# Uploads: images verified with Pillow in richtext.images (long side at most ASPECT_RATIO times the short
# side), documents by content in richtext.documents (Office files are ZIPs: entries, expanded size and
# the compression ratio of each member over 1 MB are bounded before any part is read).
IMAGE_UPLOAD_MAX_BYTES = int(os.environ.get("IMAGE_UPLOAD_MAX_BYTES", str(8 * 1024 * 1024)))
IMAGE_UPLOAD_MAX_PIXELS = int(os.environ.get("IMAGE_UPLOAD_MAX_PIXELS", str(40_000_000)))
IMAGE_UPLOAD_MAX_ASPECT_RATIO = int(os.environ.get("IMAGE_UPLOAD_MAX_ASPECT_RATIO", "20"))
DOCUMENT_UPLOAD_MAX_BYTES = int(os.environ.get("DOCUMENT_UPLOAD_MAX_BYTES", str(20 * 1024 * 1024)))
DOCUMENT_UPLOAD_MAX_ENTRIES = int(os.environ.get("DOCUMENT_UPLOAD_MAX_ENTRIES", "5000"))
DOCUMENT_UPLOAD_MAX_EXPANDED_BYTES = int(os.environ.get("DOCUMENT_UPLOAD_MAX_EXPANDED_BYTES", str(512 * 1024 * 1024)))
DOCUMENT_UPLOAD_MAX_COMPRESSION_RATIO = int(os.environ.get("DOCUMENT_UPLOAD_MAX_COMPRESSION_RATIO", "200"))
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

# Security: strict defaults, relaxed only for local development with DEBUG on.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # CKEditor 5 reads the CSRF cookie for its image uploads.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
BEHIND_TLS_PROXY = env_bool("BEHIND_TLS_PROXY", False)
if BEHIND_TLS_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# The health check is answered over plain HTTP on the internal network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

CSRF_FAILURE_VIEW = "commission_site.views.csrf_failure"
ADMIN_URL = os.environ.get("ADMIN_URL", "admin/").strip("/") + "/"
# Staff must also enter a one-time code from an enrolled authenticator app (see docs/security.md).
ADMIN_REQUIRE_2FA = env_bool("ADMIN_REQUIRE_2FA", False)
OTP_TOTP_ISSUER = "Central Commission for Elections and Referendums"
# Nobody, superusers included, sees the secret or QR code of an existing device, nor its backup codes, in
# the admin: staff set up their own (accounts.views.two_factor_setup), site administrators remove them.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

# Log-in lockout (django-axes, accounts.lockout): a user name is locked at one address after
# LOGIN_FAILURE_LIMIT failures from there, and an address after LOGIN_ADDRESS_FAILURE_LIMIT failures for
# any user names; failures from other addresses never lock the real user out of their own.
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
LOGIN_ADDRESS_FAILURE_LIMIT = int(os.environ.get("LOGIN_ADDRESS_FAILURE_LIMIT", "20"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "30")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_HANDLER = "accounts.lockout.PairAndAddressHandler"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "commission_site.security.client_ip"
AXES_VERBOSE = False

# Rich text editor (CKEditor 5): toolbar matches the nh3 allow-list in richtext.sanitize. Its interface is in
# the staff member's admin language (CKEDITOR_5_USER_LANGUAGE); "language" lists the translation files the
# widget loads: CKEditor's own tk and ru, then the project's completion of the Turkmen one
# (static/django_ckeditor_5/dist/translations/tk-commission.js: CKEditor's tk leaves most messages empty).
CK_EDITOR_5_UPLOAD_FILE_VIEW_NAME = "medialibrary:body_image_upload"
CKEDITOR_5_UPLOAD_FILE_TYPES = ["jpeg", "png", "gif", "webp"]
CKEDITOR_5_USER_LANGUAGE = True
CKEDITOR_5_CONFIGS = {
    "default": {
        "language": ["tk", "ru", "tk-commission"],
        "toolbar": {
            "items": [
                "heading",
                "|",
                "bold",
                "italic",
                "link",
                "|",
                "bulletedList",
                "numberedList",
                "blockQuote",
                "insertTable",
                "imageUpload",
                "|",
                "undo",
                "redo",
            ],
        },
        "heading": {
            "options": [
                {"model": "paragraph", "title": _("Paragraph"), "class": "ck-heading_paragraph"},
                {"model": "heading2", "view": "h2", "title": _("Heading 2"), "class": "ck-heading_heading2"},
                {"model": "heading3", "view": "h3", "title": _("Heading 3"), "class": "ck-heading_heading3"},
            ]
        },
        "image": {
            "toolbar": [
                "imageTextAlternative",
                "toggleImageCaption",
                "|",
                "imageStyle:inline",
                "imageStyle:block",
            ],
        },
        "table": {"contentToolbar": ["tableColumn", "tableRow", "mergeTableCells"]},
        "link": {"defaultProtocol": "https://"},
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.request": {"level": "ERROR"}},
}
