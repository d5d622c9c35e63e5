"""Filters of the public election and document lists, read from the query string."""

from django import forms
from django.core.exceptions import BadRequest
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import Document, Election


class QueryStringFilter(forms.Form):
    """A filter form whose invalid values make a 400 page that says which filter is wrong."""

    error_message = gettext_lazy("The filter in the address is not valid: %(fields)s. Choose the filter again.")

    def cleaned_or_400(self):
        if not self.is_bound:
            return {}
        if not self.is_valid():
            fields = ", ".join(str(self.fields[name].label) for name in self.errors if name in self.fields)
            raise BadRequest(str(self.error_message) % {"fields": fields})
        return {name: value for name, value in self.cleaned_data.items() if value not in ("", None)}


def year_choices(years, empty_label):
    return [("", empty_label), *[(str(year), str(year)) for year in years]]


class ElectionFilterForm(QueryStringFilter):
    kind = forms.ChoiceField(label=gettext_lazy("Type"), required=False)
    year = forms.ChoiceField(label=gettext_lazy("Year"), required=False)

    def __init__(self, *args, years=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("All types")), *Election.Kind.choices]
        self.fields["year"].choices = year_choices(years, _("All years"))


class DocumentFilterForm(QueryStringFilter):
    error_message = gettext_lazy(
        "The document filter in the address is not valid: %(fields)s. Choose the filter again from the list."
    )

    q = forms.CharField(label=gettext_lazy("Number or title"), required=False, max_length=100, widget=forms.SearchInput)
    kind = forms.ChoiceField(label=gettext_lazy("Type"), required=False)
    election = forms.ChoiceField(label=gettext_lazy("Election"), required=False)
    year = forms.ChoiceField(label=gettext_lazy("Year adopted"), required=False)

    def __init__(self, *args, years=(), elections=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("All types")), *Document.Kind.choices]
        self.fields["election"].choices = [("", _("All elections")), *[(e.slug, e.title) for e in elections]]
        self.fields["year"].choices = year_choices(years, _("All years"))
