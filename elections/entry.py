"""Entering figures as on the paper protocol: one grid, a row per region and a column per number."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from . import validation
from .models import Region
from .release import figures_only, results_data, turnout_data

LARGEST = 2_147_483_647  # what the database keeps in a figure; no region comes near it


class FiguresForm(forms.ModelForm):
    """A report's own fields, and its figures as `grid-<region pk>-<column>` number fields.

    A region's row is either empty (not reported) or complete. clean() runs the checks of
    elections.validation: errors stop the save; warnings need the editor's confirmation and reason.
    Changing figures the public has seen needs a reason for the correction."""

    correction_reason_tk = forms.CharField(
        label=_("Reason for the correction (Turkmen)"), required=False, max_length=500,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
        help_text=_("Needed when you change figures the public has seen; shown on the site with the correction. "
                    "Where a language is left empty, the site shows the reason in another."),
    )  # fmt: skip
    correction_reason_ru = forms.CharField(
        label=_("Reason for the correction (Russian)"), required=False, max_length=500,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
    )  # fmt: skip
    correction_reason_en = forms.CharField(
        label=_("Reason for the correction (English)"), required=False, max_length=500,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
    )  # fmt: skip
    confirm_warnings = forms.CharField(required=False, widget=forms.HiddenInput)  # the grid shows a checkbox
    warnings_reason = forms.CharField(label=_("Why the figures are right"), required=False, max_length=500)

    fixed_columns = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.problems = validation.Problems()
        self.rows = []
        self.regions = self.grid_regions()
        self.columns = self.grid_columns() if self.regions else []
        stored = self.stored_values()
        for region in self.regions:
            for key, label in self.columns:
                self.fields[self.cell_name(region, key)] = forms.IntegerField(
                    label=f"{region}: {label}",
                    required=False,
                    min_value=0,
                    max_value=LARGEST,
                    initial=stored.get((region.pk, key)),
                    error_messages={
                        "min_value": _("%(cell)s cannot be negative.") % {"cell": f"{region}: {label}"},
                        "max_value": _("%(cell)s is more than any region has.") % {"cell": f"{region}: {label}"},
                        "invalid": _("%(cell)s must be a whole number.") % {"cell": f"{region}: {label}"},
                    },
                )

    @staticmethod
    def cell_name(region, key):
        return f"grid-{region.pk}-{key}"

    def election(self):
        if self.is_bound and not self.instance.pk:
            return None
        return self.instance.election if self.instance.election_id else None

    def grid_regions(self):
        """The election's regions, and any region with stored figures (so that they can be cleared)."""
        election = self.election()
        regions = election.taking_part() if election else list(Region.objects.all())
        extra = Region.objects.filter(pk__in=self.stored_region_ids()).exclude(pk__in=[r.pk for r in regions])
        return sorted([*regions, *extra], key=lambda region: (region.order, region.code))

    def grid_columns(self):
        return list(self.fixed_columns)

    def stored_region_ids(self):
        return []

    def stored_values(self):
        return {}

    # Checks ------------------------------------------------------------------------------------

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        self.rows = self.read_rows(cleaned)
        report = self.instance  # its fields are set from cleaned_data by _post_clean, after this method
        for name in ("election", "stage", "reported_at", "published"):
            if name in cleaned:
                setattr(report, name, cleaned[name])
        if not report.election_id:
            return cleaned
        published = cleaned.get("published", report.published)
        if published and not self.columns:
            raise ValidationError(
                _("Save the report without publishing it first: the grid for its figures comes next."),
                code="no_grid",
            )
        self.problems = validation.check_rows(report, self.rows, published=published)
        if self.problems.errors:
            raise ValidationError(self.problems.errors)
        ticked = cleaned.get("confirm_warnings") == self.problems.token
        if self.problems.warnings and published and not (ticked and cleaned.get("warnings_reason", "").strip()):
            if ticked:
                self.add_error("warnings_reason", _("Say why the figures are right: it is kept in the audit log."))
            raise ValidationError(
                _("Check the warnings below. If the figures are right, tick the box and say why, then save again."),
                code="unconfirmed",
            )
        if published and self.instance.pk and self.correcting() and not self.reasons():
            self.add_error(
                "correction_reason_tk",
                _("These figures are public: changing them is a correction. Say what was wrong; the site shows it."),
            )
        return cleaned

    def reasons(self):
        """The reason for a correction by language code, in the languages it was given in."""
        cleaned = getattr(self, "cleaned_data", {})
        return {
            code: text for code in ("tk", "ru", "en") if (text := cleaned.get(f"correction_reason_{code}", "").strip())
        }

    def read_rows(self, cleaned):
        rows = []
        for region in self.regions:
            values = [cleaned.get(self.cell_name(region, key)) for key, _label in self.columns]
            if all(value is None for value in values):
                continue
            if any(value is None for value in values):
                self.add_error(None, _("%(region)s: enter every number of the row, or none.") % {"region": region})
                continue
            rows.append(self.make_row(region, values))
        return rows

    def correcting(self):
        """Say whether saving would change figures the public has seen."""
        original = type(self.instance).objects.get(pk=self.instance.pk)
        return original.is_public and self.pending_data() != figures_only(original.released)

    def grid(self):
        """The grid for the template: columns, rows of (region, bound fields, invalid ballots plus votes),
        and the sums of the figures as shown."""
        rows, sums = [], [0] * len(self.columns)
        for region in self.regions:
            cells = [self[self.cell_name(region, key)] for key, _label in self.columns]
            numbers = [whole_number(cell.value()) for cell in cells]
            sums = [a + b for a, b in zip(sums, numbers, strict=True)]
            counted = sum(numbers[FIRST_COUNTED:])
            rows.append((region, cells, {"counted": counted, "over": counted > numbers[1]}))
        counted = self.counted_column
        errors = [error for _region, cells, _sum in rows for cell in cells for error in cell.errors]
        return {"columns": self.columns, "rows": rows, "counted": counted, "sums": sums, "errors": errors,
                "counted_total": sum(sums[FIRST_COUNTED:]) if counted else None}  # fmt: skip

    counted_column = False


FIRST_COUNTED = 2  # results: registered voters and ballots cast, then invalid ballots and the votes


def whole_number(value):
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return 0


class TurnoutForm(FiguresForm):
    fixed_columns = [("registered", _("Registered voters")), ("ballots_cast", _("Ballots cast"))]

    def stored_region_ids(self):
        return list(self.instance.figures.values_list("region_id", flat=True)) if self.instance.pk else []

    def stored_values(self):
        if not self.instance.pk:
            return {}
        values = {}
        for row in self.instance.figures.all():
            values[(row.region_id, "registered")] = row.registered
            values[(row.region_id, "ballots_cast")] = row.ballots_cast
        return values

    def make_row(self, region, values):
        return validation.Row(region, *values)

    def pending_data(self):
        return turnout_data(self.instance, self.rows)

    def save_grid(self, report):
        keep_rows(report.figures, {(row.region.pk,): {"registered": row.registered, "ballots_cast": row.ballots_cast}
                                   for row in self.rows}, ["region_id"])  # fmt: skip


class ResultsForm(FiguresForm):
    fixed_columns = [
        ("registered", _("Registered voters")),
        ("ballots_cast", _("Ballots cast")),
        ("invalid", _("Invalid ballots")),
    ]
    counted_column = True

    def election(self):
        return self.instance.election if self.instance.pk else None  # the grid comes once the election is saved

    def grid_regions(self):
        return super().grid_regions() if self.instance.pk else []

    def candidates(self):
        return list(self.instance.election.candidates.order_by("order", "pk"))

    def grid_columns(self):
        self.candidate_list = self.candidates()
        return [*self.fixed_columns, *[(f"c{c.pk}", c.name) for c in self.candidate_list]]

    def stored_region_ids(self):
        return list(self.instance.protocols.values_list("region_id", flat=True)) if self.instance.pk else []

    def stored_values(self):
        if not self.instance.pk:
            return {}
        values = {}
        for row in self.instance.protocols.all():
            values[(row.region_id, "registered")] = row.registered
            values[(row.region_id, "ballots_cast")] = row.ballots_cast
            values[(row.region_id, "invalid")] = row.invalid
        for row in self.instance.figures.all():
            values[(row.region_id, f"c{row.candidate_id}")] = row.votes
        return values

    def make_row(self, region, values):
        registered, ballots_cast, invalid, *votes = values
        return validation.Row(region, registered, ballots_cast, invalid, votes)

    def pending_data(self):
        return results_data(self.instance, self.rows)

    def save_grid(self, report):
        protocols = {
            (row.region.pk,): {"registered": row.registered, "ballots_cast": row.ballots_cast, "invalid": row.invalid}
            for row in self.rows
        }
        votes = {
            (row.region.pk, candidate.pk): {"votes": count}
            for row in self.rows
            for candidate, count in zip(self.candidate_list, row.votes, strict=True)
        }
        keep_rows(report.protocols, protocols, ["region_id"])
        keep_rows(report.figures, votes, ["region_id", "candidate_id"])


def keep_rows(related, wanted, key_fields):
    """Make the rows of a related manager those of `wanted` ({key: values}): rows that stay keep their
    identity (and are saved only when changed), missing ones are added, the others deleted."""
    for row in related.all():
        key = tuple(getattr(row, name) for name in key_fields)
        values = wanted.pop(key, None)
        if values is None:
            row.delete()
        elif any(getattr(row, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(row, name, value)
            row.save(update_fields=list(values))
    for key, values in wanted.items():
        related.create(**dict(zip(key_fields, key, strict=True)), **values)
