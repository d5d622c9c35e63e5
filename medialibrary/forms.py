"""Forms of the media library's chooser: an image uploaded from an article's form, described in its language."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import LANGUAGE_NAMES, Image


class ChooserUploadForm(forms.ModelForm):
    """One file dropped or picked in the chooser, with its description (required) and credit in `language`."""

    description = forms.CharField(label=_("Description"), max_length=250)
    credit = forms.CharField(label=_("Credit"), max_length=200, required=False)

    class Meta:
        model = Image
        fields = ["file"]

    def __init__(self, *args, language, **kwargs):
        super().__init__(*args, **kwargs)
        self.language = language
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
