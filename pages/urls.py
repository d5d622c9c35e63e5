from django.urls import path, register_converter

from . import views
from .converters import PagePathConverter

register_converter(PagePathConverter, "pagepath")

app_name = "pages"
urlpatterns = [
    path("<pagepath:path>/", views.PageDetailView.as_view(), name="page_detail"),
]
