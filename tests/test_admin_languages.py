"""The admin in Turkmen and in Russian: no message of Django's own catalogues is left in English.

Press staff and editors (real roles from the migrations) walk every admin page they can open, in each
language, with the demo content loaded; each page's visible text and its title, aria-label, placeholder,
alt and value attributes are matched against the messages of Django's catalogues the admin uses, and a
text that is a message without a translation in the language (or translated as the same English) fails.
The JavaScript catalogue of the admin (jsi18n) must translate every message of Django's admin djangojs
catalogue. Run with settings.LOCALE_PATHS without locale_django/, these tests fail: see docs/languages.md.
"""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from django.utils import translation

from accounts.models import profile_of
from scripts import django_messages

from .factories import make_staff

pytestmark = pytest.mark.django_db

LANGUAGES = ["tk", "ru"]
ROLES = {"press staff": "Press staff", "editor": "Editors"}
ADMIN = "/" + settings.ADMIN_URL

# Messages whose translation may be the English text itself, with the reason.
SAME_IN = {
    "tk": {"Apr": "the calendar's April (Aprel) abbreviates to the same letters"},
    "ru": {},
}

# Elements whose text runs on inside the text around them; any other element starts a new text.
INLINE = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "em", "i", "kbd", "mark", "q", "s", "samp", "small",
          "span", "strong", "sub", "sup", "time", "u", "var", "img", "label"}  # fmt: skip
ATTRIBUTES = ("title", "aria-label", "placeholder", "alt", "value")
PLACEHOLDER = re.compile(r"%\(\w+\)[sdr]|%[sdr]|\{\w*\}")


class VisibleText(HTMLParser):
    """The texts a user sees or hears on a page: runs of text between block elements, and attributes."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts, self.run, self.hidden = [], [], 0

    def end_run(self):
        text = " ".join("".join(self.run).split())
        if text:
            self.texts.append(text)
        self.run = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.hidden += 1
        if tag not in INLINE:
            self.end_run()
        attrs = dict(attrs)
        for name in ATTRIBUTES:
            if name == "value" and not (tag == "input" and attrs.get("type") in ("submit", "button", "reset")):
                continue  # what a user typed or the form keeps, not interface text
            if attrs.get(name):
                self.texts.append(" ".join(attrs[name].split()))

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.hidden -= 1
        if tag not in INLINE:
            self.end_run()

    def handle_data(self, data):
        if not self.hidden:
            self.run.append(data)


def visible_texts(html):
    parser = VisibleText()
    parser.feed(html)
    parser.close()
    parser.end_run()
    return parser.texts


def pattern(message):
    """A regular expression for a message as rendered: placeholders stand for any text, tags are dropped."""
    text = " ".join(re.sub(r"<[^>]+>", "", message).split())
    parts = PLACEHOLDER.split(text)
    literal = "".join(parts)
    regex = "(?:.+?)".join(re.escape(part) for part in parts)
    # Long messages are found inside longer texts; short ones ("Add", "Go", "By %s") only as the whole text.
    inside = len(literal.split()) >= 3 or (PLACEHOLDER.search(text) and len(literal.strip()) >= 8)
    return re.compile(regex if inside else f"^{regex}$"), literal


def untranslated_messages(language):
    """Django's messages (catalogues the admin uses) that the language shows in English, as patterns."""
    found = []
    with translation.override(language):
        for entry in django_messages.django_messages("django").values():
            forms = [(entry.msgid, 1)] + ([(entry.msgid_plural, 2)] if entry.msgid_plural else [])
            for english, n in forms:
                if entry.msgid_plural:
                    shown = translation.ngettext(entry.msgid, entry.msgid_plural, n)
                elif entry.msgctxt:
                    shown = translation.pgettext(entry.msgctxt, entry.msgid)
                else:
                    shown = translation.gettext(entry.msgid)
                if shown != english or english in SAME_IN[language]:
                    continue
                regex, literal = pattern(english)
                if re.search(r"[A-Za-z]{2}", literal):  # "%(class_name)s %(instance)s" names nothing
                    found.append((english, regex))
    return found


def english_left(html, messages):
    left = set()
    for text in visible_texts(html):
        for english, regex in messages:
            if regex.search(text):
                left.add(f"{english!r} in {text!r}")
    return left


@pytest.fixture
def demo_content():
    call_command("load_demo", verbosity=0)


def staff_client(group, language):
    """A logged-in client of a new staff member of the group (a role), whose account's admin language is given."""
    user = make_staff(groups=[group], email="staff@saylaw.example")
    profile = profile_of(user)
    profile.language = language
    profile.save()
    client = Client(headers={"accept-language": "en"})  # the account's language wins over the browser's
    client.force_login(user)
    return client, user


def model_pattern(path):
    """/admin/news/article/12/change/ -> /admin/news/article/<id>/change/: two objects of each kind are enough."""
    return re.sub(r"/\d+/", "/<id>/", path)


LINK = re.compile(r'href="(/[^"#?]*)')
SKIP = ("logout", "/jsi18n/", "/r/", "/autocomplete/", "/language/", "/two-factor/")


def walk(client, start=ADMIN, per_pattern=2, limit=400):
    """Every admin page reachable by links from the dashboard: {path: html} (GET only)."""
    pages, queue, seen_patterns = {}, [start], {}
    while queue and len(pages) < limit:
        path = queue.pop(0)
        if path in pages or any(skip in path for skip in SKIP) or not path.startswith(ADMIN):
            continue
        key = model_pattern(path)
        if seen_patterns.get(key, 0) >= per_pattern:
            continue
        seen_patterns[key] = seen_patterns.get(key, 0) + 1
        response = client.get(path)
        if response.status_code != 200 or "text/html" not in response["Content-Type"]:
            continue
        html = response.content.decode()
        pages[path] = html
        queue.extend(LINK.findall(html))
    return pages


def more_pages(client, pages):
    """Pages the links do not reach: a search without results, the confirmation of a bulk delete, a form
    sent empty, the password change's done page."""
    extra = {}
    for path, html in list(pages.items()):
        if re.fullmatch(rf"{ADMIN}\w+/\w+/", path):
            extra[f"{path}?q=zzzqqq"] = client.get(path, {"q": "zzzqqq"}).content.decode()
            ids = re.findall(r'name="_selected_action" value="(\d+)"', html)
            if ids and 'value="delete_selected"' in html:
                response = client.post(path, {"action": "delete_selected", "_selected_action": ids[:2]})
                if response.status_code == 200:
                    extra[f"{path} (delete selected)"] = response.content.decode()
        if path.endswith("/add/") and 'type="submit"' in html:
            response = client.post(path, {})
            if response.status_code == 200:
                extra[f"{path} (sent empty)"] = response.content.decode()
    for path in (f"{ADMIN}password_change/done/",):
        response = client.get(path)
        if response.status_code == 200:
            extra[path] = response.content.decode()
    return extra


def anonymous_pages(language):
    """The log-in and password-reset pages, in the browser's language."""
    client = Client(headers={"accept-language": language})
    pages = {}
    for path in ("login/", "password_reset/", "password_reset/done/", "reset/done/", "reset/MQ/bad-token/"):
        response = client.get(ADMIN + path, follow=True)
        if response.status_code == 200:
            pages[ADMIN + path] = response.content.decode()
    return pages


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("role", ROLES)
def test_every_admin_page_of_the_role_is_in_the_language(demo_content, role, language):
    client, user = staff_client(ROLES[role], language)
    pages = walk(client)
    kinds = {model_pattern(path) for path in pages}
    # The walk did reach the pages the role works on: changelists, forms, history, account, password.
    for expected in (ADMIN, f"{ADMIN}news/article/", f"{ADMIN}news/article/add/", f"{ADMIN}news/article/<id>/change/",
                     f"{ADMIN}news/article/<id>/history/", f"{ADMIN}pages/page/", f"{ADMIN}account/",
                     f"{ADMIN}password_change/"):  # fmt: skip
        assert expected in kinds, f"{expected} not reached; reached: {sorted(kinds)}"
    pages.update(more_pages(client, pages))
    logged_out = client.post(f"{ADMIN}logout/")
    pages[f"{ADMIN}logout/"] = logged_out.content.decode()
    pages.update(anonymous_pages(language))
    assert f'lang="{language}"' in pages[ADMIN]

    messages = untranslated_messages(language)
    left = {f"{path}: {found}" for path, html in pages.items() for found in english_left(html, messages)}
    assert not left, f"{len(left)} texts of Django's catalogues in English on {role}'s {language} admin:\n" + "\n".join(
        sorted(left)
    )


def test_the_check_finds_english_left_on_a_page():
    """The matching itself: an untranslated message is found as a whole text, inside a sentence, with
    placeholders filled in, and in attributes; translated text is not reported."""
    hold_down = "Hold down “Control”, or “Command” on a Mac, to select more than one."
    english = ("Go", "Select %s to change", " By %(filter_title)s ", "0 of %(cnt)s selected", hold_down)
    messages = [(message, pattern(message)[0]) for message in english]
    html = """<h1>Select makala to change</h1><h3> By ýagdaýy </h3><button>Go</button>
      <span class="action-counter">0 of 61 selected</span><input type="submit" value="Go" title="Go">
      <p class="help">Birini saýlaň. Hold down “Control”, or “Command” on a Mac, to select more than one.</p>
      <p>Gozle</p><script>var x = "Go";</script>"""
    assert {found.split(" in ")[0] for found in english_left(html, messages)} == {repr(m) for m, _ in messages}
    assert english_left('<input type="submit" value="Go">', messages) == english_left('<a title="Go">→</a>', messages)
    assert english_left('<a title="Go">→</a>', messages) == {"'Go' in 'Go'"}
    assert not english_left('<h1>Üýtgetmek üçin makala saýlaň</h1><p>Going</p><input name="q" value="Go">', messages)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_admin_javascript_catalogue_translates_every_message(language):
    """jsi18n (actions.js, DateTimeShortcuts, SelectFilter...) has each message of Django's admin djangojs."""
    client, _ = staff_client("Press staff", language)
    response = client.get(f"{ADMIN}jsi18n/")
    assert response.status_code == 200
    source = response.content.decode()
    found = re.search(r"const newcatalog = (\{.*?\});\n", source, re.S)  # absent when nothing is translated
    catalog = json.loads(found.group(1)) if found else {}
    missing = []
    for entry in django_messages.django_messages("djangojs").values():
        key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
        value = catalog.get(key)
        forms = value if isinstance(value, list) else [value]
        english = [entry.msgid, entry.msgid_plural or entry.msgid]
        same = forms == english[: len(forms)] or forms == [entry.msgid]
        if value is None or not all(forms) or (same and entry.msgid not in SAME_IN[language]):
            missing.append(entry.msgid)
    assert not missing, f"{len(missing)} messages of the admin's JavaScript in English in {language}: {missing}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_message_of_django_is_left_without_translation(language):
    """scripts/django_messages.py finds every message of the catalogues translated (Django's or ours)."""
    for domain in django_messages.DJANGO_CATALOGUES:
        assert not django_messages.missing(language, domain), (language, domain)


def test_our_catalogue_of_djangos_messages_is_compiled_and_valid():
    import subprocess

    for po in Path(settings.BASE_DIR, "locale_django").glob("*/LC_MESSAGES/*.po"):
        mo = po.with_suffix(".mo")
        assert mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime, f"{mo} is stale: make messages"
        result = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(po)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr


# What the newsroom's editor shows (settings.CKEDITOR_5_CONFIGS): toolbar, heading list, link and image
# balloons, table and image toolbars, upload messages, the accessibility help. CKEditor's own tk.js leaves
# many of them empty; the project's tk-commission.js must give each one.
EDITOR_MESSAGES = [
    "Rich Text Editor. Editing area: %0", "Editor toolbar", "Show more items", "Press %0 for help.", "Heading",
    "Choose heading", "Paragraph", "Heading 2", "Heading 3", "Bold", "Italic", "Link", "Bulleted List",
    "Numbered List", "Block quote", "Insert table", "Upload image from computer", "Undo", "Redo", "Link URL",
    "Displayed text", "Link URL must not be empty.", "Save", "Cancel", "Edit link", "Unlink", "Open link in new tab",
    "Change image text alternative", "Text alternative", "Toggle caption on", "Toggle caption off",
    "Enter image caption", "In line", "Centered image", "Image toolbar", "Column", "Row", "Header column",
    "Header row", "Insert column left", "Insert column right", "Delete column", "Insert row above", "Insert row below",
    "Delete row", "Merge cells", "Split cell vertically", "Split cell horizontally", "Table toolbar",
    "Uploading image", "Upload failed", "Error during image upload", "Accessibility help", "Close",
    "Insert paragraph before block", "Insert paragraph after block", "Words: %0", "Characters: %0",
]  # fmt: skip
EDITOR_TK = Path(settings.BASE_DIR, "static/django_ckeditor_5/dist/translations/tk-commission.js")


def test_the_turkmen_editor_translation_gives_every_message_the_newsroom_sees():
    source = EDITOR_TK.read_text(encoding="utf-8")
    dictionary = json.loads(source.split("// JSON begins", 1)[1].split("// JSON ends", 1)[0])
    missing = [message for message in EDITOR_MESSAGES if not dictionary.get(message)]
    assert not missing, missing
    english = [message for message, text in dictionary.items() if text == message]
    assert not english, english


@pytest.mark.parametrize(
    ("language", "ui", "headings"),
    [("tk", "tk", ["Abzas", "Sözbaşy 2", "Sözbaşy 3"]), ("ru", "ru", ["Абзац", "Заголовок 2", "Заголовок 3"])],
)
def test_the_editor_speaks_the_admin_language(language, ui, headings):
    client, _ = staff_client("Press staff", language)
    html = client.get(f"{ADMIN}news/article/add/").content.decode()
    config = json.loads(re.search(r'<script id="id_body_script" type="application/json">(.*?)</script>', html).group(1))
    assert config["language"] == ui
    assert [option["title"] for option in config["heading"]["options"]] == headings
    scripts = re.findall(r'<script src="/static/django_ckeditor_5/dist/([^"]+)"', html)
    assert scripts.index("translations/tk.js") < scripts.index("translations/tk-commission.js")
    assert "translations/ru.js" in scripts


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_apps_of_django_otp_and_django_axes_have_names_in_the_language(language):
    """The apps only site administrators see: named in our catalogue (accounts.apps), not "OTP_TOTP", "AXES"."""
    client, _ = staff_client("Site administrators", language)
    html = client.get(ADMIN).content.decode()
    names = re.findall(r'<caption>\s*<a[^>]*class="section"[^>]*>([^<]+)</a>', html)
    assert len(names) >= 6, names
    with translation.override(language):
        expected = [str(translation.gettext(name)) for name in ("Log-in lockouts", "Two-factor: backup codes")]
    assert set(expected) <= set(names), names
    assert not {"Axes", "Otp_Totp", "Otp_Static", "Django_Otp"} & set(names), names
