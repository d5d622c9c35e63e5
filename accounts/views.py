"""A staff member's own pages: their account (admin language, e-mail notifications, two-factor), and
setting up an authenticator app with backup codes."""

from functools import wraps

from django import forms
from django.contrib import admin, messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from commission_site.security import is_verified_staff

from . import two_factor
from .forms import ConfirmDeviceForm
from .language import SESSION_KEY
from .models import StaffProfile, profile_of


def verified_staff_required(view):
    """Open the view to the sessions the admin is open to (is_verified_staff); others go to log in."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not is_verified_staff(request):
            return redirect_to_login(request.get_full_path(), reverse("admin:login"))
        return view(request, *args, **kwargs)

    return never_cache(wrapped)


def enrolment_required(view):
    """Open the view to a staff member who may set up an authenticator app (two_factor.may_enrol)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not two_factor.may_enrol(request):
            if is_verified_staff(request):
                return HttpResponseRedirect(reverse("admin_account"))
            return redirect_to_login(request.get_full_path(), reverse("admin:login"))
        return view(request, *args, **kwargs)

    return never_cache(wrapped)


def safe_next(request, fallback):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return fallback


def enrolment_context(request, **context):
    """The admin's page frame without its menus: before the code is confirmed the admin is closed."""
    return {
        **admin.site.each_context(request),
        "available_apps": [],
        "is_nav_sidebar_enabled": False,
        "subtitle": None,
        **context,
    }


class AccountForm(forms.ModelForm):
    class Meta:
        model = StaffProfile
        fields = ["language", "notify_submitted", "notify_returned", "notify_published"]


def keep_language(request, language):
    request.session[SESSION_KEY] = language
    translation.activate(language)


@verified_staff_required
def my_account(request):
    """Change one's admin language and turn kinds of notification e-mails on or off; see one's
    two-factor devices, set up an authenticator app, print new backup codes."""
    profile = profile_of(request.user)
    form = AccountForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        keep_language(request, profile.language)
        messages.success(request, _("Your settings were saved."))
        return HttpResponseRedirect(reverse("admin_account"))
    context = {
        **admin.site.each_context(request),
        "title": _("My account"),
        "form": form,
        "subtitle": None,
        "authenticator": TOTPDevice.objects.devices_for_user(request.user, confirmed=True).first(),
        "backup_codes_left": StaticToken.objects.filter(device__user=request.user, device__confirmed=True).count(),
    }
    return render(request, "admin/accounts/my_account.html", context)


@require_POST
@verified_staff_required
def set_admin_language(request):
    """The header's language chooser: the choice is kept on the account, not only in a cookie."""
    language = request.POST.get("language", "")
    if language in dict(StaffProfile._meta.get_field("language").choices):
        StaffProfile.objects.update_or_create(user=request.user, defaults={"language": language})
        keep_language(request, language)
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = reverse("admin:index")
    return HttpResponseRedirect(target)


@enrolment_required
def two_factor_setup(request):
    """Scan the QR code of a new authenticator app and confirm it with its first code."""
    device = two_factor.pending_device(request.user)
    form = ConfirmDeviceForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        verified, allowed = two_factor.verify_pending(device, two_factor.normalise(form.cleaned_data["code"]))
        if verified:
            two_factor.confirm(request, device)
            return HttpResponseRedirect(
                reverse("two_factor_backup_codes") + "?" + urlencode_next(safe_next(request, ""))
            )
        form.add_error(
            "code",
            _("That code is not right: scan the QR code again and type the code the app shows now.")
            if allowed
            else _("Too many wrong codes in a row: wait a moment, then try again."),
        )
    context = enrolment_context(
        request,
        title=_("Set up two-factor authentication"),
        form=form,
        key=two_factor.readable_key(device),
        next=safe_next(request, ""),
        required=two_factor.must_enrol(request.user),
    )
    return render(request, "admin/accounts/two_factor_setup.html", context)


@enrolment_required
def two_factor_qr_code(request):
    """The QR code of the authenticator app being set up, as SVG: never of a confirmed one."""
    response = HttpResponse(two_factor.qr_code_svg(two_factor.pending_device(request.user)), "image/svg+xml")
    response["Cache-Control"] = "no-store"
    return response


@verified_staff_required
def backup_codes(request):
    """Show the backup codes just made, once, on a page to print."""
    codes = request.session.pop(two_factor.BACKUP_CODES_SESSION_KEY, None)
    context = {
        **admin.site.each_context(request),
        "title": _("Your backup codes"),
        "subtitle": None,
        "codes": codes,
        "next": safe_next(request, reverse("admin:index")),
    }
    return render(request, "admin/accounts/backup_codes.html", context)


@require_POST
@verified_staff_required
def new_backup_codes(request):
    """Replace one's backup codes with new ones, shown once."""
    request.session[two_factor.BACKUP_CODES_SESSION_KEY] = two_factor.replace_backup_codes(request.user)
    return HttpResponseRedirect(reverse("two_factor_backup_codes") + "?" + urlencode_next(reverse("admin_account")))


def urlencode_next(target):
    return urlencode({"next": target}) if target else ""
