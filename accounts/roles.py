"""The staff roles: the groups created by news/migrations/0002_roles.py, which site administrators assign."""

from django.utils.translation import gettext_noop

# The group names, as stored; marked for translation so forms can show them in the staff's language.
ROLES = (gettext_noop("Press staff"), gettext_noop("Editors"), gettext_noop("Site administrators"))
