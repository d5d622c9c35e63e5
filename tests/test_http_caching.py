"""What browsers and shared caches may keep: Cache-Control, ETag and 304, Vary (sitecache/http.py)."""

import re
from datetime import timedelta

import pytest
from django.contrib.messages import constants
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.exceptions import PermissionDenied
from django.db import connection, transaction
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import Client, RequestFactory
from django.urls import path
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import csrf_exempt

from commission_site import urls as site_urls
from news.models import Article
from preview.links import make_link

from .factories import make_article, make_staff

pytestmark = pytest.mark.django_db

PUBLIC = "public, max-age=0, s-maxage=2, stale-while-revalidate=5, stale-if-error=300"


@pytest.fixture(autouse=True)
def _lifetimes(settings):
    settings.HTTP_CACHE_MAX_AGE = 0
    settings.HTTP_CACHE_S_MAXAGE = 2
    settings.HTTP_CACHE_STALE_WHILE_REVALIDATE = 5
    settings.HTTP_CACHE_STALE_IF_ERROR = 300


def directives(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


def never_kept_by_others(response):
    found = directives(response)
    return "public" not in found and "private" in found and "no-store" in found


# Views of this module only: a form that uses the CSRF token, a POST answer, a view's own lifetime, errors.
def form_with_token(request):
    return HttpResponse(f"token {len(get_token(request))}", content_type="text/plain")


@csrf_exempt
def accept_post(request):
    return HttpResponse("thanks", content_type="text/plain")


@cache_control(public=True, max_age=600)
def kept(request):
    return HttpResponse("the same for everyone", content_type="text/plain")


def forbidden(request):
    raise PermissionDenied


def broken(request):
    raise RuntimeError("a bug")


urlpatterns = [
    path("form-with-token/", form_with_token),
    path("accept/", accept_post),
    path("kept/", kept),
    path("forbidden/", forbidden),
    path("broken/", broken),
    *site_urls.urlpatterns,
]
handler403 = site_urls.handler403
handler404 = site_urls.handler404
handler500 = site_urls.handler500


# Public pages -------------------------------------------------------------------------------------------


def test_public_article_may_be_kept_by_shared_caches_for_a_few_seconds(client):
    article = make_article()
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert response["Cache-Control"] == PUBLIC


@pytest.mark.parametrize("url", ["/en/", "/en/news/", "/ru/news/", "/en/news/feed/rss/", "/en/search/?q=vote"])
def test_public_pages_may_be_kept_by_shared_caches(client, url):
    make_article(title="Vote count")
    assert client.get(url)["Cache-Control"] == PUBLIC


def test_a_page_from_the_page_cache_says_the_same_as_a_freshly_rendered_one(client):
    make_article()
    first, second = client.get("/en/news/"), client.get("/en/news/")
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert first["Cache-Control"] == second["Cache-Control"] == PUBLIC


def test_lifetimes_come_from_the_settings(client, settings):
    settings.HTTP_CACHE_MAX_AGE = 3
    settings.HTTP_CACHE_S_MAXAGE = 20
    settings.HTTP_CACHE_STALE_WHILE_REVALIDATE = 7
    settings.HTTP_CACHE_STALE_IF_ERROR = 600
    expected = {"public", "max-age=3", "s-maxage=20", "stale-while-revalidate=7", "stale-if-error=600"}
    assert directives(client.get("/en/news/")) == expected


def test_shared_caches_keep_no_page_past_the_moment_the_next_scheduled_article_is_due(client, settings):
    settings.HTTP_CACHE_MAX_AGE = 60
    settings.HTTP_CACHE_S_MAXAGE = 60
    make_article(title="Results at noon", publish_at=timezone.now() + timedelta(seconds=4.5))
    found = directives(client.get("/en/news/"))
    max_age = int(next(d for d in found if d.startswith("max-age=")).split("=")[1])
    s_maxage = int(next(d for d in found if d.startswith("s-maxage=")).split("=")[1])
    assert 2 <= s_maxage <= 4 and 2 <= max_age <= 4


def test_the_next_scheduled_article_is_found_on_an_index_of_its_own_whatever_the_language():
    # Read again after every change, before the next page goes out: a seek on (status, publish_at),
    # not a walk through each language's listing. (PostgreSQL reads a table of a few test rows
    # whole; it is asked what it would use on a large one.)
    make_article(title="Results at noon", publish_at=timezone.now() + timedelta(hours=1))
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL enable_seqscan = off")
        plan = Article.objects.scheduled_moments().order_by("moment").explain()
    assert "news_article_schedule" in plan


def test_a_public_page_has_an_etag_and_answers_304_when_it_has_not_changed(client):
    make_article()
    first = client.get("/en/news/")
    assert first.has_header("ETag")
    again = client.get("/en/news/", headers={"if-none-match": first["ETag"]})
    assert again.status_code == 304
    assert again.content == b""
    assert again["Cache-Control"] == PUBLIC
    assert client.get("/en/news/", headers={"if-none-match": '"something-else"'}).status_code == 200


def test_a_head_request_from_the_page_cache_has_the_etag_of_the_page(client):
    make_article()
    page = client.get("/en/search/?q=election")
    head = client.head("/en/search/?q=election")
    assert head["X-Page-Cache"] == "hit" and head.content == b""
    # The ETag of the page, not of the empty body a HEAD answer carries: a revalidation answers 304.
    assert head["ETag"] == page["ETag"]
    assert client.get("/en/search/?q=election", headers={"if-none-match": head["ETag"]}).status_code == 304


def test_the_etag_changes_when_the_page_does(client):
    make_article(title="First news")
    etag = client.get("/en/news/")["ETag"]
    make_article(title="Second news")
    response = client.get("/en/news/", headers={"if-none-match": etag})
    assert response.status_code == 200
    assert "Second news" in response.content.decode()


def test_a_missing_page_may_be_kept_for_a_few_seconds(client):
    response = client.get("/en/news/no-such-article/")
    assert response.status_code == 404
    assert response["Cache-Control"] == PUBLIC


def test_the_language_redirect_may_be_kept_and_varies_on_the_language_preference():
    response = Client().get("/", headers={"accept-language": "ru"})
    assert response.status_code == 302 and response["Location"] == "/ru/"
    assert response["Cache-Control"] == PUBLIC
    assert {part.strip() for part in response["Vary"].split(",")} == {"Accept-Language", "Cookie"}


@pytest.mark.parametrize("url", ["/en/", "/en/news/", "/en/news/no-such-article/"])
def test_public_language_pages_depend_on_their_path_alone(url):
    make_article()
    client = Client(headers={"accept-language": "ru"})
    client.cookies["django_language"] = "tk"
    client.cookies["csrftoken"] = "x" * 32
    response = client.get(url)
    assert "Vary" not in response
    assert "public" in directives(response)


@pytest.mark.urls(__name__)
def test_a_cache_control_the_view_set_is_kept_also_for_staff(client):
    assert client.get("/kept/")["Cache-Control"] == "public, max-age=600"
    assert never_kept_by_others(client.get("/healthz"))
    client.force_login(make_staff(groups=("Editors",)))
    assert client.get("/kept/")["Cache-Control"] == "public, max-age=600"  # as static files are


# Personal responses -------------------------------------------------------------------------------------


def test_staff_pages_are_never_kept_by_shared_caches(client):
    client.force_login(make_staff(groups=("Editors",)))
    response = client.get("/admin/news/article/")
    assert response.status_code == 200
    assert never_kept_by_others(response)
    assert "ETag" not in response


def test_the_admin_log_in_page_is_never_kept_by_shared_caches():
    response = Client().get("/admin/login/")
    assert response.status_code == 200
    assert never_kept_by_others(response)


def test_a_public_page_asked_for_with_a_session_cookie_is_never_kept_by_shared_caches(client):
    make_article()
    client.force_login(make_staff(groups=("Editors",)))
    response = client.get("/en/news/")
    assert response.status_code == 200
    assert never_kept_by_others(response)


def test_a_preview_link_page_is_never_kept_by_shared_caches():
    link = make_link(make_article(status=Article.Status.DRAFT))
    response = Client().get(link.get_absolute_url())
    assert response.status_code == 200
    assert never_kept_by_others(response)
    assert never_kept_by_others(Client().get(re.sub(r"/[^/]+/$", "/not-a-token/", link.get_absolute_url())))


def test_a_page_showing_a_message_is_never_kept_by_shared_caches():
    make_article()
    storage = CookieStorage(RequestFactory().get("/"))
    storage.add(constants.SUCCESS, "Your language was changed")
    carrier = HttpResponse()
    storage.update(carrier)
    client = Client()
    client.cookies[CookieStorage.cookie_name] = carrier.cookies[CookieStorage.cookie_name].value
    response = client.get("/en/news/")
    assert "Your language was changed" in response.content.decode()
    assert never_kept_by_others(response)


@pytest.mark.urls(__name__)
def test_a_response_that_used_the_csrf_token_is_never_kept_by_shared_caches(client):
    response = client.get("/form-with-token/")
    assert response.status_code == 200 and "csrftoken" in response.cookies
    assert never_kept_by_others(response)


@pytest.mark.urls(__name__)
def test_an_answer_to_a_post_is_never_kept_by_shared_caches(client):
    response = client.post("/accept/")
    assert response.status_code == 200
    assert never_kept_by_others(response)


# Errors -------------------------------------------------------------------------------------------------


@pytest.mark.urls(__name__)
def test_errors_other_than_not_found_are_never_stored():
    client = Client(raise_request_exception=False)
    for response in (client.get("/forbidden/"), client.get("/broken/"), client.get("/en/", headers={"host": "x.x"})):
        assert response.status_code in (400, 403, 500)
        assert "no-store" in directives(response) and "public" not in directives(response)


def test_a_database_fault_while_looking_up_the_next_scheduled_article_still_gives_the_page_its_headers(
    monkeypatch,
):
    from django.db import OperationalError

    from sitecache import http

    def unreachable():
        raise OperationalError("the database is unreachable")

    monkeypatch.setattr(http, "seconds_until_next_scheduled", unreachable)
    response = http.CacheControlMiddleware(lambda request: HttpResponse("page"))(RequestFactory().get("/en/"))
    assert response.status_code == 200
    assert "public" in response["Cache-Control"] and "s-maxage" in response["Cache-Control"]
