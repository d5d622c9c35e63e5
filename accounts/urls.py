"""A staff member's own pages in the admin: their account, their language, setting a password, and
setting up two-factor authentication."""

from django.contrib.auth import views as auth_views
from django.urls import path

from . import views
from .passwords import StaffPasswordResetForm

urlpatterns = [
    path("account/", views.my_account, name="admin_account"),
    path("language/", views.set_admin_language, name="admin_language"),
    path("two-factor/", views.two_factor_setup, name="two_factor_setup"),
    path("two-factor/qr-code.svg", views.two_factor_qr_code, name="two_factor_qr_code"),
    path("two-factor/backup-codes/", views.backup_codes, name="two_factor_backup_codes"),
    path("two-factor/backup-codes/new/", views.new_backup_codes, name="two_factor_new_backup_codes"),
    path("two-factor/log-out/", auth_views.LogoutView.as_view(next_page="admin:login"), name="two_factor_logout"),
    path(
        "password_reset/",
        auth_views.PasswordResetView.as_view(form_class=StaffPasswordResetForm),
        name="admin_password_reset",
    ),
    path("password_reset/done/", auth_views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path("reset/<uidb64>/<token>/", auth_views.PasswordResetConfirmView.as_view(), name="password_reset_confirm"),
    path("reset/done/", auth_views.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
]
