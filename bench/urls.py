"""The site's URLs plus the framework floor: a minimal view through the same middleware and gunicorn."""

from django.http import HttpResponse
from django.urls import path

from commission_site import urls as site_urls

FLOOR_HTML = "<!DOCTYPE html><html lang=en><title>Floor</title><p>Election night.</p></html>"


def floor(request):
    """Return a short HTML string: what Django itself costs per request, with no ORM and no template."""
    return HttpResponse(FLOOR_HTML)


urlpatterns = [path("bench/floor/", floor, name="bench_floor"), *site_urls.urlpatterns]

handler400 = site_urls.handler400
handler403 = site_urls.handler403
handler404 = site_urls.handler404
handler500 = site_urls.handler500
