"""iCalendar (RFC 5545) feeds of election calendars, written by hand: all-day events, one per key date."""

from datetime import UTC, timedelta

LINE_OCTETS = 75
PRODID = "-//Central Commission for Elections and Referendums//Election calendar//EN"


def escape_text(value):
    """Escape a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11)."""
    value = str(value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line):
    """Fold a content line into pieces of at most 75 octets, never inside a UTF-8 character (3.1)."""
    pieces, current, size, limit = [], [], 0, LINE_OCTETS
    for char in line:
        octets = len(char.encode())
        if size + octets > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, LINE_OCTETS - 1  # continuation lines start with a space
        current.append(char)
        size += octets
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def utc_stamp(moment):
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def event_lines(entry, *, uid, summary, url, language, description=""):
    """Return the VEVENT lines of a calendar entry (a date, or a period with an exclusive end)."""
    end = entry.last_day + timedelta(days=1)
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{utc_stamp(entry.updated)}",
        f"LAST-MODIFIED:{utc_stamp(entry.updated)}",
        f"DTSTART;VALUE=DATE:{entry.starts_on:%Y%m%d}",
        f"DTEND;VALUE=DATE:{end:%Y%m%d}",
        f"SUMMARY;LANGUAGE={language}:{escape_text(summary)}",
    ]
    if description:
        lines.append(f"DESCRIPTION;LANGUAGE={language}:{escape_text(description)}")
    lines += [f"URL;VALUE=URI:{url}", "TRANSP:TRANSPARENT", "STATUS:CONFIRMED", "END:VEVENT"]
    return lines


def calendar(name, description, language, events):
    """Return the text of a VCALENDAR with CRLF line endings; `events` are lists of VEVENT lines."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"NAME:{escape_text(name)}",
        f"X-WR-CALNAME:{escape_text(name)}",
        f"DESCRIPTION;LANGUAGE={language}:{escape_text(description)}",
        "REFRESH-INTERVAL;VALUE=DURATION:PT12H",
        "X-PUBLISHED-TTL:PT12H",
    ]
    for event in events:
        lines += event
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
