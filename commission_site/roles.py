"""What the role migrations share: give or take permissions of the three staff roles."""

from django.contrib.auth.management import create_permissions


def change_roles(apps, grant=None, take=None):
    """Add the permissions `grant` and remove those of `take`: {role name: ["app.codename", ...]}."""
    # Permissions are normally created after all migrations; roles need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def permissions(dotted_names):
        for dotted in dotted_names:
            app_label, codename = dotted.split(".")
            yield Permission.objects.get(content_type__app_label=app_label, codename=codename)

    for name, dotted_names in (grant or {}).items():
        Group.objects.get_or_create(name=name)[0].permissions.add(*permissions(dotted_names))
    for name, dotted_names in (take or {}).items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.remove(*permissions(dotted_names))
