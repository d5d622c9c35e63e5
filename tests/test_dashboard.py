"""The admin's first page shows each role what needs its attention, with counts and links."""

import pytest
from axes.models import AccessAttempt
from django.test import Client
from django.utils import timezone

from accounts.models import FailedEmail

from .factories import make_staff

pytestmark = pytest.mark.django_db


def dashboard(role):
    client = Client(headers={"accept-language": "en"})
    client.force_login(make_staff(groups=[role]))
    return client.get("/admin/").content.decode()


def test_site_administrators_see_locked_out_accounts_and_e_mails_that_could_not_be_sent(settings):
    AccessAttempt.objects.create(
        username="merdan", ip_address="10.0.0.7", user_agent="x", attempt_time=timezone.now(),
        failures_since_start=settings.AXES_FAILURE_LIMIT, get_data="", post_data="",
    )  # fmt: skip
    for n in range(3):
        FailedEmail.objects.create(
            recipient=f"user{n}@saylaw.example", kind="returned", subject="Returned", error="down"
        )
    page = dashboard("Site administrators")
    assert "What needs attention" in page
    assert "Locked-out accounts" in page and "merdan" in page and 'href="/admin/axes/accessattempt/"' in page
    assert "3 e-mails could not be sent" in page and 'href="/admin/accounts/failedemail/"' in page


def test_press_staff_are_not_shown_what_only_site_administrators_handle(settings):
    FailedEmail.objects.create(recipient="a@saylaw.example", kind="returned", subject="Returned", error="down")
    page = dashboard("Press staff")
    assert "could not be sent" not in page and "Locked-out accounts" not in page
