"""The staff roles: the groups created by news/migrations/0002_roles.py, which site administrators assign."""

ROLES = ("Press staff", "Editors", "Site administrators")
