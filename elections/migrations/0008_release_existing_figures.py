"""Give existing results their ballot counts and every published report its first public version.

Result reports had only votes: each region's registered voters and ballots cast are taken from the
election's last turnout report (never fewer ballots than the votes), with no invalid ballots. Every
published report is then released as version 1, public since it was created, with the figures
it has, so that the hub and the downloads show what they showed before.
"""

from django.db import migrations
from django.db.models import Sum

from elections.release import results_data, turnout_data


def forwards(apps, schema_editor):
    TurnoutReport = apps.get_model("elections", "TurnoutReport")
    TurnoutFigure = apps.get_model("elections", "TurnoutFigure")
    ResultReport = apps.get_model("elections", "ResultReport")
    ResultProtocol = apps.get_model("elections", "ResultProtocol")
    versions = {
        TurnoutReport: apps.get_model("elections", "TurnoutVersion"),
        ResultReport: apps.get_model("elections", "ResultVersion"),
    }
    for report in ResultReport.objects.all():
        last_turnout = TurnoutReport.objects.filter(election_id=report.election_id).order_by("-reported_at").first()
        turnout = {}
        if last_turnout is not None:
            turnout = {
                row.region_id: (row.registered, row.ballots_cast)
                for row in TurnoutFigure.objects.filter(report=last_turnout)
            }
        votes = report.figures.values("region_id").annotate(total=Sum("votes"))
        for row in votes:
            registered, cast = turnout.get(row["region_id"], (0, 0))
            cast = max(cast, row["total"])
            ResultProtocol.objects.create(
                report=report, region_id=row["region_id"], registered=max(registered, cast), ballots_cast=cast,
                invalid=0,
            )  # fmt: skip
    for model, make_data in ((TurnoutReport, turnout_data), (ResultReport, results_data)):
        for report in model.objects.filter(published=True).select_related("election"):
            data = make_data(report)
            report.version, report.published_at, report.released = 1, report.created, {**data, "corrections": []}
            report.save(update_fields=["version", "published_at", "released"])
            versions[model].objects.create(report=report, number=1, released_at=report.created, data=data)


class Migration(migrations.Migration):
    dependencies = [("elections", "0007_figures_released_and_corrected")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
