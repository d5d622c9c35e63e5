"""Forms of the media library's chooser: an image uploaded from an article's form, described in its language."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import LANGUAGE_NAMES, Collection, Image


class ChooserUploadForm(forms.ModelForm):
    """One file dropped or picked in the chooser, with its description (required) and credit in `language`,
    filed in a collection by someone who `may_file` (who sees the collections)."""

    description = forms.CharField(label=_("Description"), max_length=250)
    credit = forms.CharField(label=_("Credit"), max_length=200, required=False)

    class Meta:
        model = Image
        fields = ["file", "collection"]
        error_messages = {
            "collection": {
                "invalid_choice": _("This collection no longer exists. Choose another collection, or none."),
            },
        }

    def __init__(self, *args, language, may_file=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.language = language
        if may_file:
            self.fields["collection"].queryset = Collection.objects.all()
        else:
            del self.fields["collection"]
        self.fields["description"].error_messages["required"] = _(
            "Describe the image in %(language)s for readers who cannot see it: articles in %(language)s show "
            "this description."
        ) % {"language": LANGUAGE_NAMES[language]}

    def save(self, commit=True):
        image = super().save(commit=False)
        setattr(image, f"description_{self.language}", self.cleaned_data["description"].strip())
        setattr(image, f"credit_{self.language}", self.cleaned_data["credit"].strip())
        if commit:
            image.save()
        return image


class FileInCollectionForm(forms.Form):
    """The collection the images selected in the library's list are filed in (or none)."""

    collection = forms.ModelChoiceField(
        label=_("Collection"),
        queryset=Collection.objects.in_name_order(),
        required=False,
        empty_label=_("No collection"),
    )
