#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "commission_site.settings")
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    try:
        settings.INSTALLED_APPS  # noqa: B018  (load the settings now, so a configuration error says what it is)
    except ImproperlyConfigured as error:
        sys.exit(f"Configuration error: {error} See .env.example (for local work: DEBUG=1).")

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
