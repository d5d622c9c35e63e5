"""Keep the project's translation of Django's own messages (locale_django/) complete.

Django's catalogues for the admin and its contrib apps are incomplete in Turkmen; locale_django/ (the
second entry of settings.LOCALE_PATHS) completes them. After a Django upgrade, run

    .venv/bin/python scripts/django_messages.py            # tk and ru, both domains
    .venv/bin/python scripts/django_messages.py -l tk --po  # the missing entries as .po text to paste

It lists every message of Django's catalogues the admin uses (DJANGO_CATALOGUES) that has no translation
in the language, neither in Django's own catalogue nor in ours, and the entries of ours that Django no
longer has. It exits with status 1 when a message is missing, so tests/test_admin_languages.py runs it.
"""

import argparse
import ast
import sys
from dataclasses import dataclass, field
from pathlib import Path

import django

BASE_DIR = Path(__file__).resolve().parent.parent
OUR_LOCALE = BASE_DIR / "locale_django"
DJANGO_DIR = Path(django.__file__).resolve().parent

# The catalogues whose messages the admin shows: {domain: [package folders with a locale/ directory]}.
DJANGO_CATALOGUES = {
    "django": ["conf", "contrib/admin", "contrib/auth", "contrib/contenttypes", "contrib/sessions"],
    "djangojs": ["contrib/admin"],
}
LANGUAGES = ("tk", "ru")


@dataclass
class Entry:
    msgid: str
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr: list = field(default_factory=list)  # one string, or one per plural form
    flags: list = field(default_factory=list)  # python-format, fuzzy...
    obsolete: bool = False

    @property
    def fuzzy(self):
        return "fuzzy" in self.flags

    @property
    def key(self):
        return (self.msgctxt, self.msgid)

    @property
    def translated(self):
        return not self.fuzzy and not self.obsolete and bool(self.msgstr) and all(self.msgstr)


def read_po(path):
    """The entries of a .po file, {(msgctxt, msgid): Entry}, the header (msgid "") left out."""
    entries, entry, target, flags = {}, None, None, []

    def finish():
        if entry is not None and entry.msgid:
            entries[entry.key] = entry

    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        line, obsolete = raw.strip(), raw.startswith("#~")
        if obsolete:
            line = line[2:].strip()
        if line.startswith("#,"):
            flags += [flag.strip() for flag in line[2:].split(",")]
            continue
        if not line or line.startswith("#"):
            continue
        keyword, _, rest = line.partition(" ")
        if keyword == "msgctxt" or (keyword == "msgid" and target != "msgctxt"):
            finish()
            entry, flags = Entry(msgid="", flags=flags, obsolete=obsolete), []
        if line.startswith('"'):
            text = ast.literal_eval(line)
            if target == "msgstr":
                entry.msgstr[-1] += text
            else:
                setattr(entry, target, getattr(entry, target) + text)
            continue
        text = ast.literal_eval(rest)
        if keyword.startswith("msgstr"):
            entry.msgstr.append(text)
            target = "msgstr"
        else:
            target = {"msgctxt": "msgctxt", "msgid": "msgid", "msgid_plural": "msgid_plural"}[keyword]
            setattr(entry, target, text)
    finish()
    return entries


def catalogue_path(folder, language, domain):
    return DJANGO_DIR / folder / "locale" / language / "LC_MESSAGES" / f"{domain}.po"


def django_messages(domain):
    """Every message of Django's catalogues of the domain, from their English (source) catalogues."""
    messages = {}
    for folder in DJANGO_CATALOGUES[domain]:
        path = catalogue_path(folder, "en", domain)
        if path.exists():
            for key, entry in read_po(path).items():
                if not entry.obsolete:
                    messages.setdefault(key, entry)
    return messages


def translations(language, domain, ours=True):
    """The translated entries for the language: Django's catalogues, then ours over them (as at run time)."""
    found = {}
    paths = [catalogue_path(folder, language, domain) for folder in DJANGO_CATALOGUES[domain]]
    if ours:
        paths.append(OUR_LOCALE / language / "LC_MESSAGES" / f"{domain}.po")
    for path in paths:
        if path.exists():
            found.update({key: entry for key, entry in read_po(path).items() if entry.translated})
    return found


def missing(language, domain):
    """Django's messages of the domain without a translation in the language."""
    translated = translations(language, domain)
    return [entry for key, entry in django_messages(domain).items() if key not in translated]


def obsolete(language, domain):
    """Entries of our catalogue that Django's catalogues no longer have."""
    path = OUR_LOCALE / language / "LC_MESSAGES" / f"{domain}.po"
    if not path.exists():
        return []
    known = django_messages(domain)
    return [entry for key, entry in read_po(path).items() if key not in known and not entry.obsolete]


def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def po_text(entry, msgstr=None):
    """The entry as .po text, with the translation given (a string, or a list for plural forms) or empty."""
    lines = []
    flags = [flag for flag in entry.flags if flag != "fuzzy"]
    if flags:
        lines.append("#, " + ", ".join(flags))
    if entry.msgctxt is not None:
        lines.append(f"msgctxt {quoted(entry.msgctxt)}")
    lines.append(f"msgid {quoted(entry.msgid)}")
    if entry.msgid_plural is not None:
        lines.append(f"msgid_plural {quoted(entry.msgid_plural)}")
        forms = msgstr if isinstance(msgstr, list) else ["", ""]
        lines += [f"msgstr[{n}] {quoted(form)}" for n, form in enumerate(forms)]
    else:
        lines.append(f"msgstr {quoted(msgstr or '')}")
    return "\n".join(lines) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-l", "--language", action="append", choices=LANGUAGES, help="tk, ru (default: both)")
    parser.add_argument("-d", "--domain", action="append", choices=sorted(DJANGO_CATALOGUES))
    parser.add_argument("--po", action="store_true", help="print the missing entries as .po text")
    options = parser.parse_args(argv)
    status = 0
    for language in options.language or LANGUAGES:
        for domain in options.domain or sorted(DJANGO_CATALOGUES):
            lacking, stale = missing(language, domain), obsolete(language, domain)
            target = OUR_LOCALE.relative_to(BASE_DIR) / language / "LC_MESSAGES" / f"{domain}.po"
            if options.po:
                if lacking:
                    print(f"# Missing from {target}:\n")
                    print("\n".join(po_text(entry) for entry in lacking))
                continue
            print(f"{language} {domain}: {len(lacking)} missing, {len(stale)} no longer in Django ({target})")
            for entry in lacking:
                print(f"  missing: {entry.msgid!r}" + (f" (context {entry.msgctxt!r})" if entry.msgctxt else ""))
            for entry in stale:
                print(f"  no longer in Django: {entry.msgid!r}")
            status = status or (1 if lacking else 0)
    return status


if __name__ == "__main__":
    sys.exit(main())
