from django.conf import settings
from django.urls import path, register_converter

from . import views


class LanguageCodeConverter:
    """One of the site's language codes, for the file of a document in that language."""

    regex = "|".join(code for code, _name in settings.LANGUAGES)

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(LanguageCodeConverter, "doclang")

app_name = "elections"
urlpatterns = [
    path("", views.ElectionListView.as_view(), name="election_list"),
    path("calendar.ics", views.elections_calendar, name="calendar"),
    path("schema/<str:kind>.json", views.schema, name="schema"),
    path("documents/", views.DocumentListView.as_view(), name="document_list"),
    path("documents/<slug:slug>/", views.DocumentDetailView.as_view(), name="document_detail"),
    path("documents/<slug:slug>/<doclang:language>/", views.document_file, name="document_file"),
    path(
        "documents/<slug:slug>/<doclang:language>/v<int:number>/",
        views.document_version,
        name="document_version",
    ),
    path("<slug:slug>/", views.ElectionDetailView.as_view(), name="election_detail"),
    path("<slug:slug>/calendar.ics", views.election_calendar, name="election_calendar"),
    path("<slug:slug>/turnout.csv", views.turnout_csv, name="turnout_csv"),
    path("<slug:slug>/turnout.json", views.turnout_json, name="turnout_json"),
    path("<slug:slug>/results.csv", views.results_csv, name="results_csv"),
    path("<slug:slug>/results.json", views.results_json, name="results_json"),
    path(
        "<slug:slug>/turnout/<int:report_id>/v<int:number>.json",
        views.turnout_version,
        {"fmt": "json"},
        name="turnout_version_json",
    ),
    path(
        "<slug:slug>/turnout/<int:report_id>/v<int:number>.csv",
        views.turnout_version,
        {"fmt": "csv"},
        name="turnout_version_csv",
    ),
    path(
        "<slug:slug>/results/<int:report_id>/v<int:number>.json",
        views.results_version,
        {"fmt": "json"},
        name="results_version_json",
    ),
    path(
        "<slug:slug>/results/<int:report_id>/v<int:number>.csv",
        views.results_version,
        {"fmt": "csv"},
        name="results_version_csv",
    ),
]
