"""Settings come from the environment, with safe defaults and refusals where it matters."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


# Only these pass from the test run into a child: the settings must come from what each test gives.
INHERITED_VARIABLES = {"PATH", "HOME", "LANG", "LC_ALL", "TMPDIR"}


def clean_environment():
    return {k: v for k, v in os.environ.items() if k in INHERITED_VARIABLES}


def run_python(code, **env):
    base = clean_environment()
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**base, "DJANGO_SETTINGS_MODULE": "commission_site.settings", **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_missing_secret_key_with_debug_off_stops_the_site_at_start():
    result = run_python("import django; django.setup()", DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_management_commands_without_a_secret_say_what_is_missing():
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], env=clean_environment(), cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "Configuration error: SECRET_KEY must be set when DEBUG is off." in result.stderr
    assert "Traceback" not in result.stderr


def test_debug_on_runs_with_a_local_key_and_sqlite_in_the_project_folder():
    code = "import django; django.setup(); from django.conf import settings as s; print(s.DATABASES['default']['NAME'])"
    result = run_python(code, DEBUG="1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(ROOT / "db.sqlite3")


def test_database_url_and_redis_url_switch_the_backends():
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.DATABASES['default']['ENGINE'], s.CACHES['default']['BACKEND'])"
    )
    result = run_python(code, DEBUG="1", DATABASE_URL="postgres://u@db:5432/site", REDIS_URL="redis://cache:6379/0")
    assert result.stdout.split() == [
        "django.db.backends.postgresql",
        "commission_site.cache_backends.ResilientRedisCache",
    ]


def test_s3_bucket_switches_media_to_object_storage():
    code = (
        "import django; django.setup(); from django.core.files.storage import default_storage as d; print(d.__class__)"
    )
    result = run_python(code, DEBUG="1", S3_BUCKET="commission-media")
    assert "S3Storage" in result.stdout, result.stderr


def test_production_settings_pass_the_deployment_checklist():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env={
            **clean_environment(),
            "DEBUG": "0",
            "SECRET_KEY": "a-real-looking-production-secret-key-9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c",
            "ALLOWED_HOSTS": "saylaw.example",
            "CSRF_TRUSTED_ORIGINS": "https://saylaw.example",
            "SITE_URL": "https://saylaw.example",
            "EMAIL_HOST": "smtp.saylaw.example",
        },
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_deployment_checklist_asks_for_site_url_and_a_mail_server():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env={**clean_environment(), "DEBUG": "0", "SECRET_KEY": "a-real-looking-production-secret-9f8e7d6c5b4a3f2e1d",
             "ALLOWED_HOSTS": "saylaw.example", "CSRF_TRUSTED_ORIGINS": "https://saylaw.example"},
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode != 0
    assert "commission_site.W001" in result.stdout + result.stderr and "SITE_URL is not set" in result.stderr
    assert "commission_site.W002" in result.stderr and "EMAIL_HOST is not set" in result.stderr


def test_env_example_lists_every_variable_the_settings_read():
    import re

    read = set()
    for source in ("commission_site/settings.py", "gunicorn.conf.py"):
        read |= set(re.findall(r'(?:os\.environ\.get|env_bool|env_list)\("([A-Z_0-9]+)"', (ROOT / source).read_text()))
    listed = set(re.findall(r"^([A-Z_0-9]+)=", (ROOT / ".env.example").read_text(), re.MULTILINE))
    assert read, "no variables found"
    assert read <= listed, f"missing from .env.example: {sorted(read - listed)}"


def test_postgresql_connections_of_a_worker_are_pooled_and_bounded():
    code = (
        "import django; django.setup(); from django.conf import settings as s; d = s.DATABASES['default']; "
        "print(d['CONN_MAX_AGE'], d['OPTIONS']['pool']['max_size'], d['CONN_HEALTH_CHECKS'])"
    )
    result = run_python(code, DEBUG="1", DATABASE_URL="postgres://u@db:5432/site", DATABASE_POOL_MAX_SIZE="6")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["0", "6", "True"]
    without = run_python(code.replace("d['OPTIONS']['pool']['max_size']", "'pool' in d['OPTIONS']"), DEBUG="1",
                         DATABASE_URL="postgres://u@db:5432/site", DATABASE_POOL_MAX_SIZE="0")  # fmt: skip
    assert without.stdout.split() == ["60", "False", "True"]


CONCURRENT_WRITERS = """
import threading, django
django.setup()
from django.core.management import call_command
from django.db import connection, transaction
from django.utils.translation import gettext_lazy
import audit
call_command("migrate", verbosity=0)
errors = []
def write(n):
    try:
        for i in range(40):
            with transaction.atomic():
                audit.record(audit.Action.CHANGED, message=gettext_lazy("entry %(n)s"), details={"n": n * 100 + i})
    except Exception as error:
        errors.append(repr(error))
    finally:
        connection.close()
threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
[thread.start() for thread in threads]
[thread.join() for thread in threads]
print(len(errors), errors[:1])
"""


def test_threads_writing_at_once_to_the_sqlite_database_wait_for_each_other_instead_of_failing(tmp_path):
    result = run_python(CONCURRENT_WRITERS, DEBUG="1", DATABASE_URL=f"sqlite:///{tmp_path / 'site.sqlite3'}")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0 []"  # without IMMEDIATE transactions: "database is locked"
