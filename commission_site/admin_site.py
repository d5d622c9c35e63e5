"""The admin site: two-factor authentication for staff when ADMIN_REQUIRE_2FA is on."""

import copy

from django.conf import settings
from django.contrib.admin import AdminSite
from django.utils.translation import gettext_lazy as _
from django_otp.admin import OTPAdminSite

from accounts.forms import LoginForm, OTPLoginForm

from .dashboard import attention_for
from .security import is_verified_staff


class CommissionAdminSite(OTPAdminSite):
    login_form = OTPLoginForm
    site_header = _("Central Commission for Elections and Referendums")
    site_title = _("Commission site administration")
    index_title = _("Newsroom and site administration")

    def __init__(self, name="admin"):
        AdminSite.__init__(self, name)

    def has_permission(self, request):
        return is_verified_staff(request)

    def index(self, request, extra_context=None):
        return super().index(request, {"attention": attention_for(request), **(extra_context or {})})

    def login(self, request, extra_context=None):
        if settings.ADMIN_REQUIRE_2FA:
            return super().login(request, extra_context)
        plain = copy.copy(self)
        plain.login_form = LoginForm
        plain.login_template = None
        return AdminSite.login(plain, request, extra_context)
