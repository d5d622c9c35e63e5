"""Elections as first-class content: the hub, the index, the calendar and its iCalendar feeds."""

import itertools
import re
from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

from elections.models import (
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
from news.models import Article

from .factories import add_result_figures, add_turnout_figures, make_article, make_staff

pytestmark = pytest.mark.django_db

_counter = itertools.count(1)


# Small factories --------------------------------------------------------------------------------


def make_election(**overrides):
    n = next(_counter)
    fields = {
        "kind": Election.Kind.PARLIAMENTARY,
        "slug": f"election-{n}",
        "title_tk": f"Saýlaw {n}",
        "title_ru": f"Выборы {n}",
        "title_en": f"Election {n}",
        "polling_day": date(2025, 3, 23),
        "status": Election.Status.FINAL,
    }
    fields.update(overrides)
    return Election.objects.create(**fields)


def make_key_date(election, kind=KeyDate.Kind.OTHER, **overrides):
    fields = {"election": election, "kind": kind, "starts_on": election.polling_day - timedelta(days=30)}
    if kind == KeyDate.Kind.OTHER:
        fields["title_tk"] = fields["title_en"] = fields["title_ru"] = f"Stage {next(_counter)}"
    fields.update(overrides)
    return KeyDate.objects.create(**fields)


def regions():
    """The seeded regions (created again if a flushed database lost them)."""
    seeded = [
        ("AH", "Ahal welaýaty", "Ахалский велаят", "Ahal region", 1),
        ("BN", "Balkan welaýaty", "Балканский велаят", "Balkan region", 2),
        ("DZ", "Daşoguz welaýaty", "Дашогузский велаят", "Dashoguz region", 3),
        ("LB", "Lebap welaýaty", "Лебапский велаят", "Lebap region", 4),
        ("MR", "Mary welaýaty", "Марыйский велаят", "Mary region", 5),
        ("AG", "Aşgabat şäheri", "Город Ашхабад", "Ashgabat city", 6),
    ]
    for code, tk, ru, en, order in seeded:
        Region.objects.get_or_create(code=code, defaults={"name_tk": tk, "name_ru": ru, "name_en": en, "order": order})
    return Region.objects.in_bulk(field_name="code")


def make_turnout(election, hour, figures, **overrides):
    moment = timezone.make_aware(timezone.datetime.combine(election.polling_day, timezone.datetime.min.time()))
    report = TurnoutReport.objects.create(
        election=election, reported_at=moment + timedelta(hours=hour), **{"published": True, **overrides}
    )
    regions()
    return add_turnout_figures(report, figures)


def make_results(election, votes, stage=ResultReport.Stage.FINAL, **overrides):
    """`votes`: {region code: [votes per candidate, in ballot order]}; candidates are made as needed."""
    count = len(next(iter(votes.values())))
    candidates = list(election.candidates.all())
    for i in range(len(candidates), count):
        candidates.append(
            Candidate.objects.create(
                election=election, name_tk=f"Dalaşgär {i}", name_en=f"Candidate {i}", name_ru=f"Кандидат {i}", order=i
            )
        )
    moment = timezone.make_aware(timezone.datetime.combine(election.polling_day, timezone.datetime.min.time()))
    defaults = {"published": True, "reported_at": moment + timedelta(hours=30)}  # in the counting period
    report = ResultReport.objects.create(election=election, stage=stage, **{**defaults, **overrides})
    regions()
    return add_result_figures(report, candidates, votes)


def text_of(response):
    return re.sub(r"\s+", " ", response.content.decode())


# Small iCalendar reader, to check the feeds as a calendar application reads them ----------------------


def unescape(value):
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def parse_ics(text):
    """Return the VCALENDAR as nested dicts; fail on bare line breaks, long lines or unbalanced components."""
    assert text.endswith("\r\n")
    physical = text[:-2].split("\r\n")
    for line in physical:
        assert "\n" not in line and "\r" not in line, line
        assert len(line.encode()) <= 75, line
    logical = []
    for line in physical:
        if line[:1] in (" ", "\t"):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    root = {"name": None, "props": {}, "children": []}
    stack = [root]
    for line in logical:
        head, _colon, value = line.partition(":")
        name, *params = head.split(";")
        if name == "BEGIN":
            component = {"name": value, "props": {}, "children": []}
            stack[-1]["children"].append(component)
            stack.append(component)
        elif name == "END":
            assert stack.pop()["name"] == value
        else:
            stack[-1]["props"][name] = (dict(p.split("=", 1) for p in params), unescape(value))
    assert len(stack) == 1 and len(root["children"]) == 1
    return root["children"][0]


def events(calendar):
    return [c for c in calendar["children"] if c["name"] == "VEVENT"]


def value(component, name):
    return component["props"][name][1]


# The hub ----------------------------------------------------------------------------------------------


def test_hub_assembles_calendar_turnout_results_documents_and_news(client):
    election = make_election(title_en="Elections to the Mejlis, 2025", description_en="<p>125 seats.</p>")
    make_key_date(election, KeyDate.Kind.CAMPAIGN, starts_on=date(2025, 2, 22), ends_on=date(2025, 3, 21))
    make_turnout(election, 19, {"AH": (1000, 900), "AG": (3000, 2400)})
    make_results(election, {"AH": [600, 290], "AG": [1500, 880]})
    Document.objects.create(
        number="1/3",
        kind=Document.Kind.DECISION,
        title_tk="Karar",
        title_en="Decision on calling",
        adopted_on=date(2025, 1, 10),
        election=election,
    )
    make_article(title="Voting went well", election=election)
    make_article(title="Unrelated news")
    make_article(title="Draft about the vote", election=election, status=Article.Status.DRAFT)
    make_article(title="Turkmen only", election=election, language="tk")

    response = client.get("/en/elections/" + election.slug + "/")
    assert response.status_code == 200
    body = text_of(response)
    assert "<h1>Elections to the Mejlis, 2025</h1>" in body and "125 seats." in body
    assert "Election campaign" in body and "Polling day" in body
    assert 'data-region="AH"' in body and ">Ahal region</th>" in body and ">90.00<" in body
    assert ">Candidate 0</th>" in body and ">2,100<" in body  # 600 + 1,500 votes in total
    assert "Decision on calling" in body
    assert "Voting went well" in body
    assert "Unrelated news" not in body and "Draft about the vote" not in body and "Turkmen only" not in body
    assert f'href="/en/elections/{election.slug}/turnout.csv"' in body
    assert f'href="/en/elections/{election.slug}/results.json"' in body
    assert f'href="/en/elections/{election.slug}/calendar.ics"' in body


def test_hub_without_figures_shows_its_calendar_and_no_empty_sections(client):
    election = make_election(status=Election.Status.ANNOUNCED, polling_day=timezone.localdate() + timedelta(days=90))
    body = text_of(client.get(election.get_absolute_url("en")))
    assert 'id="calendar"' in body
    assert 'id="turnout"' not in body and 'id="results"' not in body and 'id="documents"' not in body
    assert "Polling day" in body  # added from the election's polling day


def test_unpublished_election_is_404_for_the_public_and_a_preview_for_staff(client):
    election = make_election(published=False)
    for url in [
        election.get_absolute_url("en"),
        f"/en/elections/{election.slug}/calendar.ics",
        f"/en/elections/{election.slug}/turnout.csv",
        f"/en/elections/{election.slug}/results.json",
    ]:
        assert client.get(url).status_code == 404, url
    assert election.title_en not in text_of(client.get("/en/elections/"))
    client.force_login(make_staff(groups=["Editors"]))
    response = client.get(election.get_absolute_url("en"))
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex, nofollow" and "no-cache" in response["Cache-Control"]
    assert "Preview: this is not visible to the public yet." in response.content.decode()


@pytest.mark.parametrize("slug", ["no-such-election", "documents-x", "2025"])
def test_unknown_election_is_a_404_in_the_site_style(client, slug):
    response = client.get(f"/en/elections/{slug}/")
    assert response.status_code == 404
    assert 'class="site-header"' in response.content.decode()


def test_hub_is_rendered_in_the_language_of_the_address(client):
    election = make_election(title_tk="Mejlis saýlawlary", title_ru="Выборы в Меджлис", title_en="Mejlis elections")
    make_turnout(election, 10, {"AH": (1000, 286), "AG": (1000, 300)})
    tk = text_of(client.get(f"/tk/elections/{election.slug}/"))
    ru = text_of(client.get(f"/ru/elections/{election.slug}/"))
    en = text_of(client.get(f"/en/elections/{election.slug}/"))
    assert '<html lang="tk">' in tk and "<h1>Mejlis saýlawlary</h1>" in tk and "Ahal welaýaty" in tk
    assert '<html lang="ru">' in ru and "<h1>Выборы в Меджлис</h1>" in ru and "Ахалский велаят" in ru
    assert "<h1>Mejlis elections</h1>" in en and "Ahal region" in en
    assert ">28,60<" in tk and ">28,60<" in ru and ">28.60<" in en  # each language's decimal mark
    for body in (tk, ru, en):
        for code in ("tk", "ru", "en"):
            assert f'hreflang="{code}" href="http://testserver/{code}/elections/{election.slug}/"' in body


def test_election_without_a_title_in_a_language_is_absent_from_that_language(client):
    election = make_election(title_en="")
    assert client.get(f"/en/elections/{election.slug}/").status_code == 404
    assert client.get(f"/tk/elections/{election.slug}/").status_code == 200
    assert election.title_tk not in text_of(client.get("/en/elections/"))
    body = text_of(client.get(f"/tk/elections/{election.slug}/"))
    assert 'hreflang="en"' not in body.split("</head>")[0]


def test_reserved_election_slugs_are_refused():
    election = Election(kind="local", slug="documents", title_tk="X", polling_day=date(2026, 3, 29))
    with pytest.raises(ValidationError) as error:
        election.full_clean()
    assert "slug" in error.value.message_dict


# Index ------------------------------------------------------------------------------------------------


def test_index_lists_upcoming_elections_soonest_first_then_past_ones_newest_first(client):
    today = timezone.localdate()
    make_election(title_en="Old local", polling_day=date(2021, 3, 28), kind="local")
    make_election(title_en="Mejlis 2025", polling_day=date(2025, 3, 23))
    make_election(title_en="Later vote", polling_day=today + timedelta(days=200), status="announced")
    make_election(title_en="Soon vote", polling_day=today + timedelta(days=20), status="campaign")
    make_election(title_en="Hidden", published=False)
    body = text_of(client.get("/en/elections/"))
    upcoming, past = body.split('id="past-heading"')
    assert upcoming.index("Soon vote") < upcoming.index("Later vote")
    assert past.index("Mejlis 2025") < past.index("Old local")
    assert "Hidden" not in body
    assert 'href="/en/elections/calendar.ics"' in body


def test_index_filters_by_type_and_year(client):
    make_election(title_en="Mejlis 2025", polling_day=date(2025, 3, 23))
    make_election(title_en="Local 2026", polling_day=date(2026, 3, 29), kind="local")
    make_election(title_en="Local 2021", polling_day=date(2021, 3, 28), kind="local")
    body = text_of(client.get("/en/elections/?kind=local"))
    assert "Local 2026" in body and "Local 2021" in body and "Mejlis 2025" not in body
    body = text_of(client.get("/en/elections/?kind=local&year=2026"))
    assert "Local 2026" in body and "Local 2021" not in body


@pytest.mark.parametrize(
    "query", ["kind=xyz&year=abc", "kind=xyz", "year=abc", "year=1999", "year=%00", "kind=" + "x" * 500]
)
def test_bad_index_filters_get_a_400_page_that_names_the_filter(client, query):
    make_election(polling_day=date(2025, 3, 23))
    response = client.get(f"/en/elections/?{query}")
    assert response.status_code == 400
    body = response.content.decode()
    assert "The filter in the address is not valid" in body and 'class="site-header"' in body


# Calendar ---------------------------------------------------------------------------------------------


def test_calendar_is_in_date_order_with_the_polling_day_added_once():
    election = make_election(polling_day=date(2025, 3, 23))
    results = make_key_date(election, KeyDate.Kind.RESULTS, starts_on=date(2025, 3, 31))
    campaign = make_key_date(election, KeyDate.Kind.CAMPAIGN, starts_on=date(2025, 2, 22), ends_on=date(2025, 3, 21))
    called = make_key_date(election, KeyDate.Kind.ANNOUNCEMENT, starts_on=date(2025, 1, 10))
    early = make_key_date(election, KeyDate.Kind.EARLY_VOTING, starts_on=date(2025, 2, 22), ends_on=date(2025, 2, 22))
    entries = election.calendar()
    assert [e.kind for e in entries] == ["announcement", "early_voting", "campaign", "polling_day", "results"]
    assert entries[0] == called and entries[1] == early and entries[2] == campaign and entries[4] == results
    assert entries[3].pk is None and entries[3].starts_on == date(2025, 3, 23)
    polling = make_key_date(election, KeyDate.Kind.POLLING_DAY, starts_on=date(2025, 3, 23))
    assert [e for e in election.calendar() if e.kind == "polling_day"] == [polling]


def test_key_date_checks_its_period_and_the_polling_day():
    election = make_election(polling_day=date(2025, 3, 23))
    backwards = KeyDate(election=election, kind="campaign", starts_on=date(2025, 3, 1), ends_on=date(2025, 2, 1))
    with pytest.raises(ValidationError) as error:
        backwards.full_clean()
    assert "ends_on" in error.value.message_dict
    wrong_day = KeyDate(election=election, kind="polling_day", starts_on=date(2025, 3, 24))
    with pytest.raises(ValidationError) as error:
        wrong_day.full_clean()
    assert "2025-03-23" in str(error.value)
    untitled = KeyDate(election=election, kind="other", starts_on=date(2025, 3, 1))
    with pytest.raises(ValidationError):
        untitled.full_clean()


def test_hub_marks_past_current_and_next_dates(client):
    today = timezone.localdate()
    election = make_election(polling_day=today + timedelta(days=40), status="campaign")
    make_key_date(election, KeyDate.Kind.ANNOUNCEMENT, starts_on=today - timedelta(days=60))
    make_key_date(
        election, KeyDate.Kind.CAMPAIGN, starts_on=today - timedelta(days=5), ends_on=today + timedelta(days=38)
    )
    make_key_date(
        election, KeyDate.Kind.EARLY_VOTING, starts_on=today + timedelta(days=30), ends_on=today + timedelta(days=39)
    )
    make_key_date(election, KeyDate.Kind.RESULTS, starts_on=today + timedelta(days=50))
    body = text_of(client.get(election.get_absolute_url("en")))
    classes = re.findall(r'class="calendar__entry calendar__entry--(\w+)"', body)
    assert classes == ["past", "current", "next", "later", "later"]
    assert 'calendar__entry--current" aria-current="step"' in body
    assert 'Election called <span class="calendar__position">Done</span>' in body
    assert 'Election campaign <span class="calendar__position">Now</span>' in body
    assert 'Early voting <span class="calendar__position">Next</span>' in body


def test_election_calendar_ics_parses_back_with_all_day_events_and_stable_uids(client):
    election = make_election(title_en="Mejlis elections, 2025; second round", polling_day=date(2025, 3, 23))
    make_key_date(election, KeyDate.Kind.ANNOUNCEMENT, starts_on=date(2025, 1, 10))
    make_key_date(
        election,
        KeyDate.Kind.CAMPAIGN,
        starts_on=date(2025, 2, 22),
        ends_on=date(2025, 3, 21),
        description_en="Candidates meet voters, in halls; on TV\\radio.\nProgrammes are published.",
    )
    url = f"/en/elections/{election.slug}/calendar.ics"
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    text = response.content.decode()
    calendar = parse_ics(text)
    assert calendar["name"] == "VCALENDAR"
    assert value(calendar, "VERSION") == "2.0" and value(calendar, "PRODID")
    assert value(calendar, "X-WR-CALNAME") == "Mejlis elections, 2025; second round"
    found = events(calendar)
    assert [value(e, "DTSTART") for e in found] == ["20250110", "20250222", "20250323"]
    campaign = found[1]
    assert campaign["props"]["DTSTART"][0] == {"VALUE": "DATE"}
    assert value(campaign, "DTEND") == "20250322"  # exclusive: the day after the last day
    assert value(found[2], "DTEND") == "20250324"
    assert value(campaign, "SUMMARY") == "Election campaign — Mejlis elections, 2025; second round"
    assert (
        value(campaign, "DESCRIPTION") == "Candidates meet voters, in halls; on TV\\radio.\nProgrammes are published."
    )
    assert value(campaign, "URL") == f"http://testserver/en/elections/{election.slug}/"
    assert all(re.fullmatch(r"\d{8}T\d{6}Z", value(e, "DTSTAMP")) for e in found)
    uids = [value(e, "UID") for e in found]
    assert len(set(uids)) == 3
    ru_uids = [
        value(e, "UID")
        for e in events(parse_ics(client.get(f"/ru/elections/{election.slug}/calendar.ics").content.decode()))
    ]
    assert ru_uids == uids  # the same events in every language and on every download


def test_long_cyrillic_lines_are_folded_without_splitting_letters(client):
    election = make_election(
        title_ru="Дополнительные выборы депутатов Меджлиса Туркменистана в округах № 12 и № 45, 2027"
    )
    make_key_date(
        election, KeyDate.Kind.NOMINATION, starts_on=date(2025, 1, 14), description_ru="Выдвижение кандидатов " * 10
    )
    text = client.get(f"/ru/elections/{election.slug}/calendar.ics").content.decode("utf-8")  # fails on a split letter
    calendar = parse_ics(text)
    assert "\r\n " in text
    nomination = events(calendar)[0]
    assert value(nomination, "DESCRIPTION") == "Выдвижение кандидатов " * 10
    assert election.title_ru in value(nomination, "SUMMARY")


def test_all_elections_calendar_has_every_published_election(client):
    first = make_election(title_en="First")
    make_key_date(first, KeyDate.Kind.ANNOUNCEMENT, starts_on=date(2025, 1, 10))
    second = make_election(title_en="Second", polling_day=date(2026, 3, 29))
    hidden = make_election(title_en="Hidden", published=False)
    make_key_date(hidden, KeyDate.Kind.ANNOUNCEMENT, starts_on=date(2025, 1, 10))
    calendar = parse_ics(client.get("/en/elections/calendar.ics").content.decode())
    summaries = sorted(value(e, "SUMMARY") for e in events(calendar))
    assert summaries == ["Election called — First", "Polling day — First", "Polling day — Second"]
    assert second.slug in "".join(value(e, "URL") for e in events(calendar))


# Home page ------------------------------------------------------------------------------------------


def test_home_page_shows_what_is_next_while_an_election_is_announced_or_under_way(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    today = timezone.localdate()
    make_election(title_en="Mejlis 2025", status="final")
    assert "What is next" not in text_of(client.get("/en/"))

    election = make_election(title_en="By-elections", polling_day=today + timedelta(days=100), status="announced")
    make_key_date(election, KeyDate.Kind.ANNOUNCEMENT, starts_on=today - timedelta(days=5))
    make_key_date(
        election, KeyDate.Kind.NOMINATION, starts_on=today + timedelta(days=3), ends_on=today + timedelta(days=30)
    )
    body = text_of(client.get("/en/"))
    assert "What is next" in body
    assert f'href="/en/elections/{election.slug}/">By-elections</a>' in body
    assert "(in 100 days)" in body
    assert "Next</span> Nomination of candidates" in body
    assert "Election called" not in body  # done, so not "what is next"

    election.status = Election.Status.FINAL
    election.save()  # the block follows at once: the content version changed
    assert "What is next" not in text_of(client.get("/en/"))


def test_home_page_with_elections_keeps_its_query_budget(client, django_assert_max_num_queries):
    today = timezone.localdate()
    for i in range(5):
        election = make_election(polling_day=today + timedelta(days=30 + i), status="campaign")
        for day in range(8):
            make_key_date(election, starts_on=today + timedelta(days=day * 3))
    make_article()
    with django_assert_max_num_queries(6):
        assert "What is next" in client.get("/en/").content.decode()


# Budgets, security, sitemap ---------------------------------------------------------------------------


def build_elections(scale):
    """Elections with many dates, reports, candidates, documents and news; return the busiest one."""
    today = timezone.localdate()
    busiest = None
    for e in range(2):
        election = make_election(polling_day=today - timedelta(days=e * 400))
        for k in range(4 * scale):
            make_key_date(election, starts_on=election.polling_day - timedelta(days=k + 1))
        for hour in range(scale + 1):
            make_turnout(
                election, 8 + hour, dict.fromkeys(("AH", "BN", "DZ", "LB", "MR", "AG"), (1000, 100 * (hour + 1)))
            )
        make_results(
            election, {code: [10 * i for i in range(scale + 2)] for code in ("AH", "BN", "AG")}, stage="preliminary"
        )
        make_results(election, {code: [11 * i for i in range(scale + 2)] for code in ("AH", "BN", "AG")})
        for d in range(3 * scale):
            Document.objects.create(
                number=f"{e}/{d}",
                kind="decision",
                title_tk=f"Karar {d}",
                title_en=f"Decision {d}",
                adopted_on=date(2025, 1, 1) + timedelta(days=d),
                election=election,
            )
        for _a in range(3 * scale):
            make_article(election=election)
        busiest = busiest or election
    return busiest


def public_urls(election):
    return [
        "/en/elections/",
        "/en/elections/?kind=parliamentary&year=" + str(election.polling_day.year),
        election.get_absolute_url("en"),
        f"/en/elections/{election.slug}/calendar.ics",
        "/en/elections/calendar.ics",
        f"/en/elections/{election.slug}/turnout.csv",
        f"/en/elections/{election.slug}/turnout.json",
        f"/en/elections/{election.slug}/results.csv",
        f"/en/elections/{election.slug}/results.json",
        "/en/elections/documents/",
        f"/en/elections/documents/?election={election.slug}&kind=decision&q=Decision",
        "/en/",
    ]


@pytest.mark.parametrize("index", range(12))
def test_election_pages_cost_a_fixed_number_of_queries_within_budget(client, index):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    election = build_elections(scale=4)
    url = public_urls(election)[index]
    with CaptureQueriesContext(connection) as many:
        assert client.get(url).status_code == 200, url
    # The hub reads its key dates with prefetch_related, and its turnout and its results (released
    # versions) in a query each: two more than the other pages.
    budget = 8 if url == election.get_absolute_url("en") else 6
    assert len(many) <= budget, (url, [q["sql"] for q in many.captured_queries])
    Document.objects.filter(pk__gt=Document.objects.order_by("pk").first().pk + 2).delete()
    TurnoutReport.objects.filter(election=election).exclude(
        pk=TurnoutReport.objects.filter(election=election).first().pk
    ).delete()
    KeyDate.objects.filter(election=election).exclude(pk=KeyDate.objects.first().pk).delete()
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200, url
    assert len(few) == len(many), url


def test_election_pages_have_no_inline_scripts_or_styles_and_keep_the_csp(client):
    election = build_elections(scale=1)
    for url in public_urls(election)[:3] + public_urls(election)[9:]:
        response = client.get(url)
        html = response.content.decode()
        for tag in re.findall(r"<script\b[^>]*>", html):
            assert "src=" in tag or 'type="application/ld+json"' in tag, (url, tag)
        assert " style=" not in html and "<style" not in html, url
        assert "script-src 'self'" in response["Content-Security-Policy"]
        assert re.search(r"""(src|href)="(https?:)?//""", html.replace("http://testserver/", "")) is None, url


def test_turnout_chart_is_an_accessible_svg_with_the_numbers_of_the_table(client):
    election = make_election()
    make_turnout(election, 19, {"AH": (1000, 950), "AG": (2000, 1000)})
    body = text_of(client.get(election.get_absolute_url("en")))
    figure = body[body.index('<figure class="bar-chart" id="turnout-chart"') : body.index("</figure>")]
    assert 'role="img"' in figure and 'aria-labelledby="turnout-chart-title turnout-chart-desc"' in figure
    assert '<title id="turnout-chart-title">' in figure and '<desc id="turnout-chart-desc">' in figure
    assert "<figcaption>" in figure
    assert re.findall(r'<rect class="bar-chart__bar" x="1" y="\d+" width="(\d+)"', figure) == ["494", "260", "338"]
    assert ">95.00 %<" in figure and ">50.00 %<" in figure and ">65.00 %<" in figure


def test_sitemap_lists_election_hubs_and_documents_in_their_languages(client):
    election = make_election(title_ru="")
    document = Document.objects.create(
        number="7", kind="law", title_tk="Kanun", title_en="Law", adopted_on=date(2024, 12, 20)
    )
    make_election(title_en="Hidden", published=False, slug="hidden-election")
    body = client.get("/sitemap-elections.xml").content.decode()
    assert f"/tk/elections/{election.slug}/</loc>" in body and f"/en/elections/{election.slug}/</loc>" in body
    assert f"/ru/elections/{election.slug}/</loc>" not in body
    assert f"/en/elections/documents/{document.slug}/</loc>" in body
    assert f"/ru/elections/documents/{document.slug}/</loc>" not in body
    assert "/tk/elections/</loc>" in body and "/en/elections/documents/</loc>" in body
    assert "hidden-election" not in body
    assert "sitemap-elections.xml" in client.get("/sitemap.xml").content.decode()


def test_saving_election_content_refreshes_cached_pages(client):
    election = make_election(title_en="Before")
    assert "Before" in client.get(election.get_absolute_url("en")).content.decode()
    assert client.get(election.get_absolute_url("en"))["X-Page-Cache"] == "hit"
    make_turnout(election, 10, {"AH": (100, 10)})
    response = client.get(election.get_absolute_url("en"))
    assert response["X-Page-Cache"] == "miss" and 'id="turnout"' in response.content.decode()


# Demo content ---------------------------------------------------------------------------------------


def elections_snapshot():
    return (
        list(Election.objects.order_by("pk").values_list("pk", "slug", "status", "updated")),
        list(KeyDate.objects.order_by("pk").values_list("pk", "kind", "starts_on", "updated")),
        list(TurnoutFigure.objects.order_by("pk").values_list("pk", "registered", "ballots_cast")),
        list(ResultFigure.objects.order_by("pk").values_list("pk", "votes")),
        list(DocumentVersion.objects.order_by("pk").values_list("pk", "file", "sha256")),
        list(Article.objects.order_by("pk").values_list("pk", "election_id")),
    )


def test_demo_elections_load_once_and_make_a_working_site(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    regions()
    call_command("load_demo")
    first = elections_snapshot()
    assert Election.objects.filter(status="final").count() == 2
    assert Election.objects.active().count() == 1
    assert Article.objects.exclude(election=None).exists()
    assert DocumentVersion.objects.filter(number=2).exists()
    call_command("load_demo")
    assert elections_snapshot() == first

    mejlis = Election.objects.get(slug="2025-mejlis")
    body = text_of(client.get(mejlis.get_absolute_url("en")))
    assert ">3,538,720<" in body and ">3,307,642<" in body and ">93.47<" in body  # as in the demo news
    local = Election.objects.get(slug="2026-local")
    assert ">91.62<" in text_of(client.get(local.get_absolute_url("en")))
    for language in ("tk", "ru", "en"):
        assert 'class="what-is-next"' in text_of(client.get(f"/{language}/"))
        for election in Election.objects.all():
            assert client.get(election.get_absolute_url(language)).status_code == 200
        for document in Document.objects.all():
            assert client.get(document.get_absolute_url(language)).status_code == 200


def test_admin_pages_of_the_elections_app_open(admin_client):
    election = make_election()
    make_key_date(election, KeyDate.Kind.ANNOUNCEMENT, starts_on=date(2025, 1, 10))
    report = make_turnout(election, 10, {"AH": (100, 50)})
    results = make_results(election, {"AH": [3, 4]})
    document = Document.objects.create(number="1", kind="law", title_tk="Kanun", adopted_on=date(2024, 1, 1))
    for model, pk in [
        ("election", election.pk),
        ("region", Region.objects.first().pk),
        ("turnoutreport", report.pk),
        ("resultreport", results.pk),
        ("document", document.pk),
    ]:
        for url in [
            f"/admin/elections/{model}/",
            f"/admin/elections/{model}/add/",
            f"/admin/elections/{model}/{pk}/change/",
        ]:
            assert admin_client.get(url).status_code == 200, url
    assert (
        admin_client.get(
            "/admin/autocomplete/",
            {"app_label": "elections", "model_name": "turnoutreport", "field_name": "election", "term": "Saýlaw"},
        ).status_code
        == 200
    )
