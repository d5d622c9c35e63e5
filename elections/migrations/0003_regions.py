"""The country's five welaýats and the capital, for which turnout and results are reported."""

from django.db import migrations

REGIONS = [
    ("AH", "Ahal welaýaty", "Ахалский велаят", "Ahal region", 1),
    ("BN", "Balkan welaýaty", "Балканский велаят", "Balkan region", 2),
    ("DZ", "Daşoguz welaýaty", "Дашогузский велаят", "Dashoguz region", 3),
    ("LB", "Lebap welaýaty", "Лебапский велаят", "Lebap region", 4),
    ("MR", "Mary welaýaty", "Марыйский велаят", "Mary region", 5),
    ("AG", "Aşgabat şäheri", "Город Ашхабад", "Ashgabat city", 6),
]


def add_regions(apps, schema_editor):
    Region = apps.get_model("elections", "Region")
    for code, name_tk, name_ru, name_en, order in REGIONS:
        Region.objects.update_or_create(
            code=code, defaults={"name_tk": name_tk, "name_ru": name_ru, "name_en": name_en, "order": order}
        )


def remove_regions(apps, schema_editor):
    apps.get_model("elections", "Region").objects.filter(code__in=[r[0] for r in REGIONS]).delete()


class Migration(migrations.Migration):
    dependencies = [("elections", "0002_calendar_turnout_results_documents")]

    operations = [migrations.RunPython(add_regions, remove_regions)]
