"""Browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

Set-up: `bash tests/browser/setup.sh` as root, once per machine (Chromium from apt, axe-core from npm;
.ci/run does it in CI); a test never installs anything and fails saying so when either is missing.
Screenshots go to $BROWSER_ARTIFACTS (default: test-artifacts/screenshots, not committed).
"""

import json
import os
import time
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.test import Client

# Playwright's sync API keeps an event loop in the test thread; the factories call the ORM from
# that thread, which Django would otherwise refuse. Tests only.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

HERE = Path(__file__).resolve().parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
AXE_JS = HERE / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = Path(os.environ.get("BROWSER_ARTIFACTS") or django_settings.BASE_DIR / "test-artifacts" / "screenshots")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PASSWORD = "correct horse battery staple"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}

# The pages axe checked, and what it found that does not fail a test (lesser impact, or a
# best-practice rule outside WCAG), written out at the end of the run for the reviewers.
AXE_PAGES = []
AXE_FINDINGS = []


def pytest_collection_modifyitems(items):
    for item in items:
        if HERE in Path(str(item.fspath)).parents and not item.get_closest_marker("browser"):
            raise pytest.UsageError(f"{item.nodeid}: every browser test is marked @pytest.mark.browser")


def pytest_sessionfinish(session):
    if AXE_PAGES:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        report = {"pages": AXE_PAGES, "findings": AXE_FINDINGS}
        (ARTIFACTS / "axe-findings.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))


def pytest_terminal_summary(terminalreporter):
    if not AXE_PAGES:
        return
    terminalreporter.section("axe-core findings that fail no test")
    terminalreporter.write_line(f"{len(AXE_PAGES)} pages checked; details in {ARTIFACTS / 'axe-findings.json'}")
    seen = set()
    for finding in AXE_FINDINGS:
        key = (finding["page"], finding["id"])
        if key not in seen:
            seen.add(key)
            kind = "WCAG" if finding["wcag"] else "best practice"
            where = f"{finding['page']}: {finding['id']} ({finding['nodes']})"
            terminalreporter.write_line(f"{finding['impact']:9} {kind:13} {where} {finding['help']}")


def ensure_installed():
    """Fail, saying what to run, when Chromium or axe-core is missing (a fresh machine, or a fresh clone)."""
    if not (Path(CHROMIUM).exists() and AXE_JS.exists()):
        pytest.fail("Chromium or axe-core is missing: run `bash tests/browser/setup.sh` as root (CI: .ci/run).")


@pytest.fixture(scope="session")
def browser():
    ensure_installed()
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # While Playwright's sync API runs, the test thread runs in another contextvars context, where
    # Django would open new database connections: ones without the serialized test database that
    # serialized_rollback restores, and apart from the live server's. Keep using the same ones.
    databases = {alias: connections[alias] for alias in connections}
    playwright = sync_playwright().start()
    for alias, connection in databases.items():
        connections[alias] = connection
    browser = playwright.chromium.launch(
        executable_path=CHROMIUM,
        args=[
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    )
    yield browser
    browser.close()
    playwright.stop()


@pytest.fixture(autouse=True)
def _browser_site(settings):
    """Serve uploaded media from the live server, as the web server does in production."""
    settings.ROOT_URLCONF = "tests.browser.urls"


class Browsing:
    """Opens browser contexts on the live server and watches them for CSP violations and script errors."""

    def __init__(self, browser, base_url):
        self.browser = browser
        self.base_url = base_url
        self.contexts = []
        self.problems = []

    def page(self, viewport=DESKTOP, user=None, **options):
        """A new page in a fresh context (own cookies), English, optionally logged in as `user`."""
        options.setdefault("locale", "en-GB")
        context = self.browser.new_context(base_url=self.base_url, viewport=viewport, **options)
        context.set_default_timeout(10_000)
        self.contexts.append(context)
        if user is not None:
            self.log_in_by_cookie(context, user)
        page = context.new_page()
        self.watch(page)
        return page

    def watch(self, page):
        def on_console(message):
            if message.type == "error" and "Content Security Policy" in message.text:
                self.problems.append(f"CSP violation on {page.url}: {message.text}")

        page.on("console", on_console)
        page.on("pageerror", lambda error: self.problems.append(f"Script error on {page.url}: {error}"))

    def log_in_by_cookie(self, context, user):
        """Skip the log-in form (tested on its own) with a session made by Django's test client."""
        client = Client()
        client.force_login(user)
        cookie = client.cookies[django_settings.SESSION_COOKIE_NAME]
        context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": self.base_url}])

    def close(self):
        for context in self.contexts:
            context.close()
        # Closing a page sends its last requests (the admin form's "leaving" beacon): let the live server
        # answer them before the test database is flushed, which they would otherwise find locked.
        time.sleep(0.5)


@pytest.fixture
def browsing(browser, live_server):
    session = Browsing(browser, live_server.url)
    yield session
    session.close()
    assert not session.problems, "\n".join(session.problems)


def log_in(page, username, password=PASSWORD):
    """Log in through the admin's own form."""
    page.goto("/admin/login/?next=/admin/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/admin/")


def screenshot(page, name):
    """Save a full-page screenshot for reviewers: NAME-WIDTH.png in the artifacts folder."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    width = page.viewport_size["width"]
    page.screenshot(path=ARTIFACTS / f"{name}-{width}.png", full_page=True, animations="disabled")


def axe_violations(page, name):
    """Run axe-core on the page; return its serious and critical violations of WCAG 2.1 A and AA.

    axe's best-practice rules run too; what they find, and anything of lesser impact, is kept in
    AXE_FINDINGS for the end-of-run report. axe is evaluated through the DevTools protocol, which
    the page's CSP does not govern, so the page is checked under its real policy.
    """
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(AXE_JS.read_text())
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        [*AXE_TAGS, "best-practice"],
    )
    AXE_PAGES.append(name)
    blocking = []
    for violation in result["violations"]:
        summary = {
            "page": name,
            "id": violation["id"],
            "impact": violation["impact"],
            "wcag": bool(set(violation["tags"]) & set(AXE_TAGS)),
            "help": violation["help"],
            "nodes": len(violation["nodes"]),
            "targets": [node["target"] for node in violation["nodes"][:5]],
            "details": [node["failureSummary"] for node in violation["nodes"][:3]],
        }
        if summary["wcag"] and violation["impact"] in ("serious", "critical"):
            blocking.append(summary)
        else:
            AXE_FINDINGS.append(summary)
    return blocking


@pytest.fixture
def site_content():
    """A small public site in English (with some Russian): news for three list pages, an archive of
    several months, related articles, pictures, long words, and commission pages in the menu."""
    from datetime import timedelta

    from django.utils import timezone

    from news.models import Article
    from tests.factories import image_upload, make_article, make_category, make_page, make_translation

    now = timezone.now()
    elections = make_category(name_en="Elections", slug_en="elections", name_ru="Выборы", slug_ru="vybory")
    decisions = make_category(name_en="Decisions", slug_en="decisions")
    announcements = make_category(name_en="Announcements", slug_en="announcements")
    sections = [elections, decisions, announcements]
    articles = []
    for n in range(1, 23):
        articles.append(
            make_article(
                title=f"Commission news item {n}: preparations for the elections",
                slug=f"news-item-{n}",
                category=sections[n % 3],
                publish_at=now - timedelta(days=4 * n),
                body=f"<p>Report number {n} on the work of the precinct election commissions.</p>",
            )
        )
    main = make_article(
        title="Voter lists are open for checking",
        slug="voter-lists-open",
        category=elections,
        publish_at=now - timedelta(hours=2),
        featured=True,
        excerpt="Every voter can check their entry in the voter list at the precinct until Friday.",
        cover_image=image_upload("voters.jpg", "JPEG", size=(1200, 675), colour=(30, 110, 80)),
        cover_alt="Voters at a precinct election commission",
        body=(
            "<p>Voter lists are open for checking at every precinct election commission.</p>"
            "<h2>Where to check</h2><p>At your precinct, <strong>from 9:00 to 18:00</strong>, or on "
            '<a href="https://example.org/voters">the voter portal</a>.</p>'
            "<ul><li>Bring your passport.</li><li>Corrections are made on the spot.</li></ul>"
            '<figure class="table"><table><thead><tr><th>Day</th><th>Hours</th></tr></thead>'
            "<tbody><tr><td>Monday to Friday</td><td>09:00–18:00</td></tr>"
            "<tr><td>Saturday</td><td>10:00–14:00</td></tr></tbody></table></figure>"
        ),
    )
    make_translation(main, "ru", title="Списки избирателей открыты для проверки", slug="spiski-izbirateley")
    for n, colour in enumerate([(120, 40, 40), (40, 40, 120)], start=1):
        make_article(
            title=f"Featured story {n} from the regions",
            slug=f"featured-{n}",
            category=decisions,
            featured=True,
            publish_at=now - timedelta(hours=5 + n),
            cover_image=image_upload(f"region-{n}.png", size=(800, 450), colour=colour),
            cover_alt=f"Meeting of a regional commission, number {n}",
        )
    # Long words and addresses must wrap on a phone, not widen the page; a wide table scrolls in its box.
    make_article(
        title="Protocol SaýlawlarynJemleýjiTeswirnamasy-2026-parliamentary-final published",
        slug="final-protocol",
        category=announcements,
        publish_at=now - timedelta(days=1),
        excerpt="Read it at https://saylaw.example/results/2026/parliamentary-elections-final-protocol-of-the-commission",
        body=(
            "<p>https://saylaw.example/results/2026/parliamentary-elections-final-protocol-of-the-commission</p>"
            '<figure class="table"><table><thead><tr><th>Region</th><th>Registered voters</th><th>Ballots issued</th>'
            "<th>Ballots cast</th><th>Valid ballots</th><th>Turnout</th></tr></thead><tbody>"
            + "".join(
                f"<tr><td>Region {n}</td><td>{n * 104_210}</td><td>{n * 98_004}</td><td>{n * 97_551}</td>"
                f"<td>{n * 96_870}</td><td>9{n}.2 %</td></tr>"
                for n in range(1, 7)
            )
            + "</tbody></table></figure>"
        ),
    )
    draft = make_article(title="Draft that nobody may see", slug="secret-draft", status=Article.Status.DRAFT)
    about = make_page(
        title="About the Commission",
        slug="about",
        show_in_menu=True,
        menu_order=1,
        body="<p>The Commission organises elections and referendums.</p><h2>Powers</h2><p>Set by law.</p>",
    )
    make_page(title="Members of the Commission", slug="members", parent=about, body="<p>Chair and members.</p>")
    make_page(title="Contacts", slug="contacts", show_in_menu=True, menu_order=2, body="<p>Write to us.</p>")
    make_page(title="Legislation", slug="legislation", show_in_menu=True, menu_order=3, body="<p>Laws.</p>")
    return {"main": main, "articles": articles, "elections": elections, "about": about, "draft": draft}


def public_pages(content):
    """Every kind of public page, by name: {name: address}."""
    from django.utils import timezone

    from preview.links import make_link

    published = timezone.localtime(content["main"].publish_at)
    return {
        "home": "/en/",
        "home-turkmen": "/tk/",
        "news-list": "/en/news/",
        "news-list-page-2": "/en/news/?page=2",
        "news-list-filtered": "/en/news/?category=elections",
        "article": "/en/news/voter-lists-open/",
        "article-russian": "/ru/news/spiski-izbirateley/",
        "article-wide-table": "/en/news/final-protocol/",
        "article-preview": make_link(content["draft"]).get_absolute_url(),
        "category": "/en/news/category/elections/",
        "archive-year": f"/en/news/{published:%Y}/",
        "archive-month": f"/en/news/{published:%Y}/{published:%m}/",
        "commission-page": "/en/about/",
        "commission-subpage": "/en/about/members/",
        "search": "/en/search/?q=voter",
        "search-nothing-found": "/en/search/?q=zzzz",
        "search-long-query": "/en/search/?q=https://saylaw.example/results/2026/parliamentary-elections-final-protocol",
        "error-400": "/en/news/?year=abc",
        "error-403": "/test-fault/403/",
        "error-404": "/en/no-such-page/",
        "error-500": "/test-fault/500/",
        "error-503": "/test-fault/503/",
    }
