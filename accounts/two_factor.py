"""Two-factor log-in for staff: which device a code is for, and self-enrolment with backup codes.

An authenticator app (django_otp's TOTPDevice) makes codes of `digits` digits; backup codes (one
StaticDevice with BACKUP_CODE_COUNT StaticTokens) are eight letters and digits, so the shape of a
code says which device to verify it against and nobody picks a device by hand."""

import io
from base64 import b32encode

import django_otp
from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from django_otp import devices_for_user, user_has_device
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp.qr import write_qrcode_image

from commission_site.security import is_verified_staff

from .signals import two_factor_enrolled

BACKUP_CODE_COUNT = 10
AUTHENTICATOR_NAME = _("Authenticator app")
BACKUP_CODES_NAME = _("Backup codes")
# The backup codes just made, kept in the session until the page that shows them once is opened.
BACKUP_CODES_SESSION_KEY = "accounts:backup-codes"


def normalise(code):
    """Return the code as typed, without spaces or dashes, in lower case (backup codes are lower case)."""
    return "".join(code.split()).replace("-", "").lower()


def fits(device, code):
    """Return whether the code has the shape of the device's codes."""
    looks_like_app_code = code.isdigit() and len(code) in (6, 8)
    if isinstance(device, TOTPDevice):
        return looks_like_app_code and len(code) == device.digits
    if isinstance(device, StaticDevice):
        return not looks_like_app_code
    return True


def devices_for_code(user, code):
    """Return the user's confirmed devices that could have made the code: one, except for a user with
    several authenticator apps (or none of the code's kind, when the code is mistyped)."""
    devices = list(devices_for_user(user, confirmed=True))
    fitting = [device for device in devices if fits(device, code)]
    if not fitting and len(devices) == 1:
        return devices  # verified anyway, so a mistyped code counts against the device
    return fitting


def verify(user, device, code):
    """Verify the code against the user's device, throttled by django_otp; return (device or None,
    whether verification is allowed now). The device is locked for the check, so a code is used once."""
    with transaction.atomic():
        device = Device.from_persistent_id(device.persistent_id, for_verify=True)
        if device is None or device.user_id != user.pk or not device.confirmed:
            return None, True
        allowed, _extra = device.verify_is_allowed()
        if not allowed:
            return None, False
        return (device if device.verify_token(code) else None), True


def verify_pending(device, code):
    """Verify the first code of an authenticator app being set up; return (right, whether verification
    is allowed now), throttled like a log-in."""
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
        allowed, _extra = device.verify_is_allowed()
        if not allowed:
            return False, False
        return device.verify_token(code), True


def must_enrol(user):
    """Return whether a staff member who gave the right password has no device yet, so with two-factor
    required they are led to set one up before the admin opens."""
    return (
        settings.ADMIN_REQUIRE_2FA
        and user.is_authenticated
        and user.is_active
        and user.is_staff
        and not user_has_device(user, confirmed=True)
    )


def may_enrol(request):
    """Return whether the request may set up an authenticator app: a staff member without one, either
    in a verified session (see is_verified_staff) or right after the password when they have no device."""
    user = request.user
    if not (user.is_authenticated and user.is_active and user.is_staff):
        return False
    if TOTPDevice.objects.devices_for_user(user, confirmed=True).exists():
        return False
    return is_verified_staff(request) or must_enrol(user)


def pending_device(user):
    """Return the user's authenticator app being set up (unconfirmed), made the first time it is asked for."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=str(AUTHENTICATOR_NAME), confirmed=False)
    return device


def readable_key(device):
    """Return the device's secret in base32 groups of four, to type into an app that cannot scan."""
    key = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def qr_code_svg(device):
    """Return the QR code of the device's otpauth:// address as an SVG document (bytes)."""
    out = io.BytesIO()
    write_qrcode_image(device.config_url, out)
    return out.getvalue()


def replace_backup_codes(user):
    """Give the user BACKUP_CODE_COUNT new backup codes in place of any they had; return them."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name=str(BACKUP_CODES_NAME), defaults={"confirmed": True}
    )
    StaticDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    if not device.confirmed:
        device.confirmed = True
        device.save(update_fields=["confirmed"])
    return codes


def confirm(request, device):
    """The code was right: the app is the user's, their backup codes are made (kept in the session to be
    shown once) and the session is verified by the app, under a new session key."""
    with transaction.atomic():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        TOTPDevice.objects.devices_for_user(request.user, confirmed=False).delete()
        codes = replace_backup_codes(request.user)
    request.session.cycle_key()
    django_otp.login(request, device)
    request.session[BACKUP_CODES_SESSION_KEY] = codes
    two_factor_enrolled.send(sender=TOTPDevice, request=request, user=request.user, device=device)
