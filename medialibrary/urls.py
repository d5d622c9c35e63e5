from django.urls import path

from . import views

app_name = "medialibrary"
urlpatterns = [
    path("image-upload/", views.body_image_upload, name="body_image_upload"),
]
