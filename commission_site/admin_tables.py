"""Tabular inlines whose boxes have accessible names.

Django's tabular inline writes each field's label once, as the column's heading, and the boxes in the
rows below have no label of their own: a screen reader reaching "the title box of the second document"
hears only "edit text", and axe reports every such box. Each box here is named after its column.
"""

from django.contrib import admin


class LabelledTabularInline(admin.TabularInline):
    """A TabularInline whose every row box is named (aria-label) after its field's label."""

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)

        class LabelledRows(formset):
            def add_fields(self, form, index):
                super().add_fields(form, index)  # the formset's own boxes too: "Delete?"
                for field in form.fields.values():
                    if field.label and not field.widget.is_hidden:
                        field.widget.attrs.setdefault("aria-label", str(field.label))

        return LabelledRows
