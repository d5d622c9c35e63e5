"""The admin site: staff log-in (two-factor authentication when ADMIN_REQUIRE_2FA is on) and the dashboard."""

import copy

from django.conf import settings
from django.contrib.admin import AdminSite
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django_otp.admin import OTPAdminSite

from commission_site.dashboard import attention_for
from commission_site.security import is_verified_staff

from .forms import LoginForm, OTPLoginForm
from .two_factor import must_enrol


class CommissionAdminSite(OTPAdminSite):
    login_form = OTPLoginForm
    login_template = "admin/accounts/login.html"
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
        """Password and code in one form; a staff member without a device goes from the password
        straight to setting one up (accounts.views.two_factor_setup), and the admin stays closed."""
        if settings.ADMIN_REQUIRE_2FA:
            if request.method == "GET" and must_enrol(request.user):
                return self.enrolment_redirect(request.GET.get("next", ""))
            response = super().login(request, extra_context)
            if isinstance(response, HttpResponseRedirect) and must_enrol(request.user):
                return self.enrolment_redirect(response.url)
            return response
        plain = copy.copy(self)
        plain.login_form = LoginForm
        plain.login_template = None
        return AdminSite.login(plain, request, extra_context)

    def enrolment_redirect(self, next_url):
        target = reverse("two_factor_setup")
        return HttpResponseRedirect(f"{target}?{urlencode({'next': next_url})}" if next_url else target)
