"""Create the demo elections (calendars, turnout, results) and documents in demo/data that do not exist yet.

Turnout and results by region are computed from the national figures in elections.toml and the
profile of each region; each document is a small generated Word file per language.
"""

import io
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

from django.core.files.base import ContentFile
from django.utils import timezone

from elections.models import (
    Candidate,
    Document,
    DocumentVersion,
    Election,
    KeyDate,
    Region,
    ResultFigure,
    ResultProtocol,
    ResultReport,
    TurnoutFigure,
    TurnoutReport,
)
from elections.release import release
from news.models import Article

from .content import demo_group, read

FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)


def split(total, weights):
    """Split `total` into whole parts proportional to `weights`; the parts add up to `total` exactly."""
    scale = sum(weights)
    parts = [int(total * w / scale) for w in weights]
    remainders = sorted(range(len(weights)), key=lambda i: total * weights[i] / scale - parts[i], reverse=True)
    for i in remainders[: total - sum(parts)]:
        parts[i] += 1
    return parts


def docx_bytes(title, paragraphs):
    """Return a minimal Word document (.docx): a bold title and plain paragraphs; the same bytes every time."""
    runs = [f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(title)}</w:t></w:r></w:p>']
    runs += [f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>' for text in paragraphs]
    header = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    parts = {
        "[Content_Types].xml": header + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": header + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>',
        "word/document.xml": header
        + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join(runs)
        + "</w:body></w:document>",
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(zipfile.ZipInfo(name, FIXED_ZIP_TIME), text.encode())
    return buffer.getvalue()


def load_calendar(election, dates, stages):
    """Create the key dates in the order of the calendar; polling day is the election's own."""
    dates = {**dates, KeyDate.Kind.POLLING_DAY: election.polling_day}
    for kind in KeyDate.Kind.values:
        if kind not in dates:
            continue
        starts_on, ends_on = dates[kind] if isinstance(dates[kind], list) else (dates[kind], None)
        key_date = KeyDate(
            election=election,
            kind=kind,
            starts_on=starts_on,
            ends_on=ends_on,
            **{f"description_{code}": text for code, text in stages.get(kind, {}).items()},
        )
        key_date.full_clean()
        key_date.save()


def load_turnout(election, data, profiles, regions):
    """Create the turnout reports; return the ballots cast by region at the last one."""
    codes = list(profiles)
    registered = split(data["registered"], [profiles[c]["share"] for c in codes])
    ballots = []
    for entry in data["turnout"]:
        weights = [r * profiles[c]["turnout"] for c, r in zip(codes, registered, strict=True)]
        ballots = split(entry["ballots"], weights)
        report = TurnoutReport.objects.create(
            election=election,
            reported_at=timezone.make_aware(datetime.combine(election.polling_day, entry["at"])),
            published=True,
        )
        TurnoutFigure.objects.bulk_create(
            TurnoutFigure(report=report, region=regions[c], registered=r, ballots_cast=b)
            for c, r, b in zip(codes, registered, ballots, strict=True)
        )
        release(report, at=report.reported_at)
    return {c: (r, b) for c, r, b in zip(codes, registered, ballots, strict=True)}


def load_results(election, data, parties, profiles, regions, ballots):
    candidates = [
        Candidate.objects.create(election=election, order=i, **{f"name_{code}": name for code, name in party.items()})
        for i, party in enumerate(parties, start=1)
    ]
    for entry in data["results"]:
        report = ResultReport.objects.create(
            election=election, stage=entry["stage"], reported_at=timezone.make_aware(entry["at"]), published=True
        )
        figures, protocols = [], []
        for code, (registered, cast) in ballots.items():
            counted = int(cast * entry["counted"])
            valid = int(counted * (1 - data["invalid_share"]))
            protocols.append(
                ResultProtocol(
                    report=report, region=regions[code], registered=registered, ballots_cast=cast,
                    invalid=counted - valid,
                )
            )  # fmt: skip
            weights = [s * f for s, f in zip(data["party_shares"], profiles[code]["parties"], strict=True)]
            figures += [
                ResultFigure(report=report, region=regions[code], candidate=c, votes=v)
                for c, v in zip(candidates, split(valid, weights), strict=True)
            ]
        ResultProtocol.objects.bulk_create(protocols)
        ResultFigure.objects.bulk_create(figures)
        release(report, at=report.reported_at)


def load_documents(elections):
    created = 0
    data = read("documents.toml")
    for entry in data["document"]:
        document, is_new = Document.objects.get_or_create(
            slug=entry["slug"],
            defaults={
                **{f"title_{code}": text for code, text in entry["title"].items()},
                "number": entry["number"],
                "kind": entry["kind"],
                "adopted_on": entry["adopted_on"],
                "effective_on": entry.get("effective_on"),
                "election": elections.get(entry.get("election")),
            },
        )
        if not is_new:
            continue
        created += 1
        for code, title in entry["title"].items():
            heading = f"№ {entry['number']} — {title}"
            body = [data["issuer"][code], entry["adopted_on"].isoformat(), data["note"][code]]
            DocumentVersion(
                document=document, language=code, file=ContentFile(docx_bytes(heading, body), name=f"{code}.docx")
            ).save()
            if note := entry.get("corrected", {}).get(code):
                DocumentVersion(
                    document=document,
                    language=code,
                    note=note,
                    file=ContentFile(docx_bytes(heading, [*body, note]), name=f"{code}.docx"),
                ).save()
    return created


def load_elections():
    """Create the demo elections and documents that do not exist yet; return how many of each."""
    data = read("elections.toml")
    regions = Region.objects.in_bulk(field_name="code")
    elections, created = {}, 0
    for entry in data["election"]:
        election, is_new = Election.objects.get_or_create(
            slug=entry["slug"],
            defaults={
                **{f"{name}_{code}": text for name in ("title", "description") for code, text in entry[name].items()},
                "kind": entry["kind"],
                "status": entry["status"],
                "polling_day": entry["polling_day"],
            },
        )
        elections[entry["slug"]] = election
        if not is_new:
            continue
        created += 1
        load_calendar(election, entry["calendar"], data["stage"])
        if "turnout" in entry:
            ballots = load_turnout(election, entry, data["region"], regions)
            load_results(election, entry, data["party"], data["region"], regions, ballots)
        groups = [demo_group(f"article:{key}") for key in entry.get("articles", [])]
        Article.objects.filter(translation_group__in=groups, election__isnull=True).update(election=election)
    return created, load_documents(elections)
