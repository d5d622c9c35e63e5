"""A staff member's own account page: admin language and e-mail notifications."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .language import SESSION_KEY
from .models import StaffProfile, profile_of


class AccountForm(forms.ModelForm):
    class Meta:
        model = StaffProfile
        fields = ["language", "notify_submitted", "notify_returned", "notify_published"]


def keep_language(request, language):
    request.session[SESSION_KEY] = language
    translation.activate(language)


@staff_member_required
def my_account(request):
    """Change one's admin language and turn kinds of notification e-mails on or off."""
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
    }
    return render(request, "admin/accounts/my_account.html", context)


@require_POST
@staff_member_required
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
