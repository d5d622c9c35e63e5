"""Demo elections, calendars, turnout, results and documents; loading them twice changes nothing.

Fictional but plausible, consistent with the demo news: the Mejlis elections of 23 March 2025
(3,538,720 voters, 93.47 % turnout), the local elections of 29 March 2026 (3,574,318 voters,
91.62 % turnout) and Mejlis by-elections announced for 21 March 2027.
"""

import io
import zipfile
from datetime import date, datetime
from xml.sax.saxutils import escape

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from .models import (
    Candidate,
    Document,
    DocumentVersion,
    Election,
    KeyDate,
    Region,
    ResultFigure,
    ResultReport,
    TurnoutFigure,
    TurnoutReport,
)

PARTIES = [
    {
        "tk": "Türkmenistanyň Demokratik partiýasy",
        "ru": "Демократическая партия Туркменистана",
        "en": "Democratic Party of Turkmenistan",
    },
    {
        "tk": "Türkmenistanyň Senagatçylar we telekeçiler partiýasy",
        "ru": "Партия промышленников и предпринимателей Туркменистана",
        "en": "Party of Industrialists and Entrepreneurs of Turkmenistan",
    },
    {
        "tk": "Türkmenistanyň Agrar partiýasy",
        "ru": "Аграрная партия Туркменистана",
        "en": "Agrarian Party of Turkmenistan",
    },
    {
        "tk": "Raýatlaryň başlangyç toparlary",
        "ru": "Инициативные группы граждан",
        "en": "Initiative groups of citizens",
    },
]

# Region code -> (share of the registered voters, turnout factor, party factors).
REGION_PROFILE = {
    "AH": (0.1586, 1.012, (1.00, 0.95, 1.18, 0.92)),
    "BN": (0.0938, 0.985, (0.97, 1.10, 0.88, 1.04)),
    "DZ": (0.1731, 1.005, (1.02, 0.90, 1.15, 0.95)),
    "LB": (0.1984, 1.004, (0.99, 0.98, 1.10, 0.97)),
    "MR": (0.2144, 1.010, (1.01, 0.93, 1.12, 0.96)),
    "AG": (0.1617, 0.975, (0.98, 1.22, 0.62, 1.12)),
}

TEXTS = {
    "nomination": {
        "tk": "Syýasy partiýalar we raýatlaryň başlangyç toparlary dalaşgärleri hödürleýärler.",
        "ru": "Политические партии и инициативные группы граждан выдвигают кандидатов.",
        "en": "Political parties and initiative groups of citizens nominate candidates.",
    },
    "registration": {
        "tk": "Okrug saýlaw toparlary resminamalary barlaýarlar we dalaşgärleri hasaba alýarlar.",
        "ru": "Окружные избирательные комиссии проверяют документы и регистрируют кандидатов.",
        "en": "District election commissions check the papers and register the candidates.",
    },
    "campaign": {
        "tk": "Dalaşgärler saýlawçylar bilen duşuşýarlar; saýlawdan öňki maksatnamalar çap edilýär.",
        "ru": "Кандидаты встречаются с избирателями; публикуются предвыборные программы.",
        "en": "Candidates meet voters; their programmes are published.",
    },
    "early_voting": {
        "tk": "Ses beriş güni ýerinde bolup bilmejek saýlawçylar öz uçastoklarynda möhletinden öň ses berip bilerler.",
        "ru": "Избиратели, которые не смогут быть на месте в день голосования, голосуют досрочно на своём участке.",
        "en": "Voters who cannot be present on polling day may vote early at their polling station.",
    },
    "polling_day": {
        "tk": "Saýlaw uçastoklary 7:00-dan 19:00-a çenli açyk.",
        "ru": "Избирательные участки открыты с 7:00 до 19:00.",
        "en": "Polling stations are open from 7:00 to 19:00.",
    },
    "results": {
        "tk": "Merkezi topar saýlawlaryň netijelerini jemleýär we çap edýär.",
        "ru": "Центральная комиссия подводит и публикует итоги выборов.",
        "en": "The Central Commission sums up and publishes the results.",
    },
}


def key_dates(announced, nomination, registration, campaign, early, results):
    """Return the standard calendar: (kind, first day, last day or None, description texts)."""
    return [
        ("announcement", announced, None, {}),
        ("nomination", *nomination, TEXTS["nomination"]),
        ("registration", *registration, TEXTS["registration"]),
        ("campaign", *campaign, TEXTS["campaign"]),
        ("early_voting", *early, TEXTS["early_voting"]),
        ("polling_day", None, None, TEXTS["polling_day"]),
        ("results", results, None, TEXTS["results"]),
    ]


ELECTIONS = [
    {
        "slug": "2025-mejlis",
        "kind": Election.Kind.PARLIAMENTARY,
        "status": Election.Status.FINAL,
        "polling_day": date(2025, 3, 23),
        "title": {
            "tk": "Türkmenistanyň Mejlisiniň deputatlygyna saýlawlar, 2025",
            "ru": "Выборы депутатов Меджлиса Туркменистана, 2025",
            "en": "Elections to the Mejlis of Turkmenistan, 2025",
        },
        "description": {
            "tk": "<p>Mejlisiň 125 deputaty bir mandatly saýlaw okruglarynda saýlandy. "
            "Deputatlyk orunlary üçin 258 dalaşgär bäsleşdi.</p>",
            "ru": "<p>125 депутатов Меджлиса избраны по одномандатным избирательным округам. "
            "За депутатские мандаты боролись 258 кандидатов.</p>",
            "en": "<p>The 125 deputies of the Mejlis were elected in single-member constituencies. "
            "258 candidates competed for the seats.</p>",
        },
        "calendar": key_dates(
            date(2025, 1, 10),
            (date(2025, 1, 14), date(2025, 2, 11)),
            (date(2025, 2, 12), date(2025, 2, 21)),
            (date(2025, 2, 22), date(2025, 3, 21)),
            (date(2025, 3, 13), date(2025, 3, 22)),
            date(2025, 3, 31),
        ),
        "registered": 3_538_720,
        # Time of the report -> ballots cast in the whole country.
        "turnout": [("10:00", 1_012_074), ("13:00", 2_169_235), ("16:00", 3_004_373), ("19:00", 3_307_642)],
        "invalid_share": 0.0061,
        "party_shares": (0.452, 0.178, 0.171, 0.199),
        "results": [("preliminary", "2025-03-24T12:00", 0.97), ("final", "2025-03-31T11:00", 1.0)],
        "articles": [
            "2025-02-polling-stations-register",
            "2025-02-precinct-commission-seminar",
            "2025-03-turnout-press-conference",
            "2025-03-international-organisations-mejlis",
        ],
    },
    {
        "slug": "2026-local",
        "kind": Election.Kind.LOCAL,
        "status": Election.Status.FINAL,
        "polling_day": date(2026, 3, 29),
        "title": {
            "tk": "Halk maslahatlarynyň we Geňeşleriň agzalygyna saýlawlar, 2026",
            "ru": "Выборы членов халк маслахаты и Генгешей, 2026",
            "en": "Elections to people's councils and Gengeshes, 2026",
        },
        "description": {
            "tk": "<p>Welaýat, etrap we şäher halk maslahatlarynyň 1182 agzasy we Geňeşleriň 5416 agzasy "
            "2640 saýlaw uçastogynda saýlandy.</p>",
            "ru": "<p>1182 члена велаятских, этрапских и городских халк маслахаты и 5416 членов Генгешей "
            "избраны на 2640 избирательных участках.</p>",
            "en": "<p>1,182 members of regional, district and city people's councils and 5,416 members of "
            "Gengeshes were elected at 2,640 polling stations.</p>",
        },
        "calendar": key_dates(
            date(2026, 1, 12),
            (date(2026, 1, 15), date(2026, 2, 13)),
            (date(2026, 2, 14), date(2026, 2, 27)),
            (date(2026, 2, 28), date(2026, 3, 27)),
            (date(2026, 3, 19), date(2026, 3, 28)),
            date(2026, 3, 31),
        ),
        "registered": 3_574_318,
        "turnout": [("10:00", 1_000_809), ("14:00", 2_430_536), ("19:00", 3_274_812)],
        "invalid_share": 0.0074,
        "party_shares": (0.418, 0.186, 0.187, 0.209),
        "results": [("final", "2026-03-31T18:00", 1.0)],
        "articles": [
            "2026-01-voter-list-verification",
            "2026-02-accessible-polling-stations",
            "2026-03-local-election-results",
            "2026-04-cis-observers-local-elections",
        ],
    },
    {
        "slug": "2027-mejlis-by-elections",
        "kind": Election.Kind.PARLIAMENTARY,
        "status": Election.Status.ANNOUNCED,
        "polling_day": date(2027, 3, 21),
        "title": {
            "tk": "Mejlisiň deputatlygyna goşmaça saýlawlar, 2027",
            "ru": "Дополнительные выборы депутатов Меджлиса, 2027",
            "en": "Mejlis by-elections, 2027",
        },
        "description": {
            "tk": "<p>Deputatlyk orunlary boşan saýlaw okruglarynda goşmaça saýlawlar geçiriler.</p>",
            "ru": "<p>Дополнительные выборы пройдут в избирательных округах, где депутатские места "
            "стали вакантными.</p>",
            "en": "<p>By-elections will be held in the constituencies where seats have fallen vacant.</p>",
        },
        "calendar": key_dates(
            date(2026, 11, 20),
            (date(2026, 12, 1), date(2026, 12, 30)),
            (date(2027, 1, 4), date(2027, 1, 20)),
            (date(2027, 1, 21), date(2027, 3, 19)),
            (date(2027, 3, 11), date(2027, 3, 20)),
            date(2027, 3, 28),
        ),
    },
]

DOCUMENTS = [
    {
        "slug": "2025-decision-1-3",
        "number": "1/3",
        "kind": Document.Kind.DECISION,
        "adopted_on": date(2025, 1, 10),
        "effective_on": date(2025, 1, 10),
        "election": "2025-mejlis",
        "title": {
            "tk": "Türkmenistanyň Mejlisiniň deputatlygyna saýlawlary bellemek hakynda",
            "ru": "О назначении выборов депутатов Меджлиса Туркменистана",
            "en": "On calling the elections to the Mejlis of Turkmenistan",
        },
    },
    {
        "slug": "2025-report-9-1",
        "number": "9/1",
        "kind": Document.Kind.REPORT,
        "adopted_on": date(2025, 3, 31),
        "election": "2025-mejlis",
        "title": {
            "tk": "Mejlisiň deputatlygyna saýlawlaryň jemleri hakynda hasabat",
            "ru": "Отчёт об итогах выборов депутатов Меджлиса",
            "en": "Report on the results of the elections to the Mejlis",
        },
    },
    {
        "slug": "2025-regulation-14-2",
        "number": "14/2",
        "kind": Document.Kind.REGULATION,
        "adopted_on": date(2025, 6, 30),
        "effective_on": date(2025, 7, 15),
        "title": {
            "tk": "Synçylary akkreditlemek hakynda Düzgünnama",
            "ru": "Положение об аккредитации наблюдателей",
            "en": "Regulation on the accreditation of observers",
        },
        "corrected": {
            "tk": "4-nji bentdäki ýazuw ýalňyşlygy düzedildi.",
        },
    },
    {
        "slug": "2024-electoral-code",
        "number": "219-VII",
        "kind": Document.Kind.LAW,
        "adopted_on": date(2024, 12, 20),
        "effective_on": date(2025, 1, 1),
        "title": {
            "tk": "Türkmenistanyň Saýlaw kodeksi (2024-nji ýylyň 20-nji dekabryndaky üýtgetmeler bilen)",
            "ru": "Избирательный кодекс Туркменистана (с изменениями от 20 декабря 2024 года)",
            "en": "Electoral Code of Turkmenistan (as amended on 20 December 2024)",
        },
    },
    {
        "slug": "2026-form-2-5",
        "number": "2/5",
        "kind": Document.Kind.FORM,
        "adopted_on": date(2026, 1, 15),
        "election": "2026-local",
        "title": {
            "tk": "Halk maslahatlarynyň agzalygyna saýlawlar üçin saýlaw býulleteniniň görnüşi",
            "ru": "Форма избирательного бюллетеня для выборов членов халк маслахаты",
            "en": "Form of the ballot paper for the elections to people's councils",
        },
    },
    {
        "slug": "2026-decision-21-1",
        "number": "21/1",
        "kind": Document.Kind.DECISION,
        "adopted_on": date(2026, 11, 20),
        "effective_on": date(2026, 11, 20),
        "election": "2027-mejlis-by-elections",
        "title": {
            "tk": "Mejlisiň deputatlygyna goşmaça saýlawlary bellemek hakynda",
            "ru": "О назначении дополнительных выборов депутатов Меджлиса",
            "en": "On calling by-elections to the Mejlis",
        },
    },
]

ISSUER = {
    "tk": "Türkmenistanda saýlawlary we sala salşyklary geçirmek boýunça Merkezi topar",
    "ru": "Центральная комиссия по проведению выборов и референдумов в Туркменистане",
    "en": "Central Commission for Elections and Referendums in Turkmenistan",
}
DEMO_NOTE = {
    "tk": "Bu resminama diňe görkezmek üçin düzülen mysaldyr.",
    "ru": "Этот документ — пример, составленный только для демонстрации.",
    "en": "This document is an example written for demonstration only.",
}
FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)


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


def split(total, weights):
    """Split `total` into whole parts proportional to `weights`; the parts add up to `total` exactly."""
    scale = sum(weights)
    parts = [int(total * w / scale) for w in weights]
    remainders = sorted(range(len(weights)), key=lambda i: total * weights[i] / scale - parts[i], reverse=True)
    for i in remainders[: total - sum(parts)]:
        parts[i] += 1
    return parts


def local(day, clock):
    return timezone.make_aware(datetime.fromisoformat(f"{day.isoformat()}T{clock}"))


def load_turnout(election, data, regions):
    codes = list(REGION_PROFILE)
    registered = split(data["registered"], [REGION_PROFILE[c][0] for c in codes])
    ballots = []
    for clock, total in data["turnout"]:
        ballots = split(total, [reg * REGION_PROFILE[c][1] for c, reg in zip(codes, registered, strict=True)])
        report = TurnoutReport.objects.create(
            election=election, reported_at=local(election.polling_day, clock), published=True
        )
        TurnoutFigure.objects.bulk_create(
            TurnoutFigure(report=report, region=regions[c], registered=r, ballots_cast=b)
            for c, r, b in zip(codes, registered, ballots, strict=True)
        )
    return dict(zip(codes, ballots, strict=True))


def load_results(election, data, regions, ballots):
    candidates = [
        Candidate.objects.create(election=election, order=i, **{f"name_{code}": name for code, name in party.items()})
        for i, party in enumerate(PARTIES, start=1)
    ]
    for stage, moment, counted in data["results"]:
        report = ResultReport.objects.create(
            election=election,
            stage=stage,
            reported_at=timezone.make_aware(datetime.fromisoformat(moment)),
            published=True,
        )
        figures = []
        for code, cast in ballots.items():
            valid = int(cast * counted * (1 - data["invalid_share"]))
            factors = REGION_PROFILE[code][2]
            votes = split(valid, [s * f for s, f in zip(data["party_shares"], factors, strict=True)])
            figures += [
                ResultFigure(report=report, region=regions[code], candidate=c, votes=v)
                for c, v in zip(candidates, votes, strict=True)
            ]
        ResultFigure.objects.bulk_create(figures)


def load_calendar(election, entries):
    for kind, starts_on, ends_on, description in entries:
        key_date = KeyDate(
            election=election,
            kind=kind,
            starts_on=starts_on or election.polling_day,
            ends_on=ends_on,
            **{f"description_{code}": text for code, text in description.items()},
        )
        key_date.full_clean()
        key_date.save()


def link_articles(election, keys):
    """Link the demo news of the election to it (only articles not linked yet)."""
    from news.management.commands.load_demo import demo_group
    from news.models import Article

    groups = [demo_group(f"article:{key}") for key in keys]
    Article.objects.filter(translation_group__in=groups, election__isnull=True).update(election=election)


def load_documents(elections):
    created = 0
    for data in DOCUMENTS:
        fields = {f"title_{code}": text for code, text in data["title"].items()}
        document, is_new = Document.objects.get_or_create(
            slug=data["slug"],
            defaults={
                **fields,
                "number": data["number"],
                "kind": data["kind"],
                "adopted_on": data["adopted_on"],
                "effective_on": data.get("effective_on"),
                "election": elections.get(data.get("election")),
            },
        )
        if not is_new:
            continue
        created += 1
        for code, title in data["title"].items():
            heading = f"№ {data['number']} — {title}"
            body = [ISSUER[code], data["adopted_on"].isoformat(), DEMO_NOTE[code]]
            DocumentVersion(
                document=document, language=code, file=ContentFile(docx_bytes(heading, body), name=f"{code}.docx")
            ).save()
            if code in data.get("corrected", {}):
                note = data["corrected"][code]
                DocumentVersion(
                    document=document,
                    language=code,
                    note=note,
                    file=ContentFile(docx_bytes(heading, [*body, note]), name=f"{code}.docx"),
                ).save()
    return created


def load_elections(stdout=None):
    """Create the demo elections and documents that do not exist yet."""
    created = 0
    with transaction.atomic():
        regions = Region.objects.in_bulk(field_name="code")
        elections = {}
        for data in ELECTIONS:
            fields = {f"{name}_{code}": text for name in ("title", "description") for code, text in data[name].items()}
            election, is_new = Election.objects.get_or_create(
                slug=data["slug"],
                defaults={**fields, "kind": data["kind"], "status": data["status"], "polling_day": data["polling_day"]},
            )
            elections[data["slug"]] = election
            if not is_new:
                continue
            created += 1
            load_calendar(election, data["calendar"])
            if "turnout" in data:
                ballots = load_turnout(election, data, regions)
                load_results(election, data, regions, ballots)
            link_articles(election, data.get("articles", []))
        documents = load_documents(elections)
    if stdout is not None:
        stdout.write(
            f"Demo elections: {created} elections and {documents} documents created "
            f"({Election.objects.count()} and {Document.objects.count()} in all)."
        )
