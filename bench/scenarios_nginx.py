"""The targets measured through the shipped nginx (docs/nginx/commission.conf): cached pages against
nginx's own static files, the publishing storm, PostgreSQL stopped under load. Each function returns
the figures of its target; bench/report.py gives the verdicts."""

import re
import subprocess
import threading
import time
import uuid

from bench.processes import ROOT, VENV, http_get, log
from bench.wrk import alternating, show, wrk

STORM_INTERVAL = 4  # seconds between two articles
PAGES_ON_PG_STOP = ("news_list", "article", "home")


def passes(ctx, names):
    return [list(names) for _ in range(ctx.passes)]


def cached_pages(ctx, nginx_base, nginx_pid, urls):
    """Cached news list, article, home and search pages against a static file of the news list's size,
    all served by the same nginx, measured in alternating passes."""
    _status, _headers, body = http_get(nginx_base, urls["news_list"])
    static = ctx.static_dir / "news-list-size.html"
    static.write_bytes(body)  # the list's own bytes: the same size, served as a file
    static_path = f"/static/{ctx.static_dir.name}/{static.name}"
    targets = {"static": (nginx_base + static_path, nginx_pid)}
    targets.update({name: (nginx_base + path, nginx_pid) for name, path in urls.items()})
    log(f"through nginx: static file of {len(body):,} bytes and {', '.join(urls)}; wrk {ctx.connections} connections")
    measured = alternating(targets, ctx.seconds, passes(ctx, targets), "nginx", ctx.connections)
    return {"static": measured.pop("static"), "static_bytes": len(body), "pages": measured}


def s_maxage(nginx_base, path):
    """The s-maxage a page says (settings.HTTP_CACHE_S_MAXAGE, cut short before a scheduled article)."""
    cache_control = http_get(nginx_base, path)[1].get("Cache-Control", "")
    found = re.search(r"s-maxage=(\d+)", cache_control)
    if not found:
        raise RuntimeError(f"{path} says no s-maxage (Cache-Control: {cache_control!r})")
    return int(found.group(1)), cache_control


def background_wrk(url, seconds, connections, paths=()):
    """Start wrk in a thread; return a function that waits for it and returns its figures."""
    result = {}

    def work():
        try:
            result["stats"] = wrk(url, seconds, connections, paths=paths)
        except Exception as error:  # reported by the caller
            result["error"] = error

    thread = threading.Thread(target=work, daemon=True)
    thread.start()

    def finish():
        thread.join(seconds + 90)
        if "error" in result:
            raise result["error"]
        return result["stats"]

    return finish


def seconds_until_visible(nginx_base, path, text, since, limit=15):
    """Poll `path` through nginx every 0.05 s until `text` is on it; return the seconds from `since` to
    the answer that had it."""
    while time.time() - since < limit:
        try:
            if text.encode() in http_get(nginx_base, path, timeout=5)[2]:
                return round(time.time() - since, 2)
        except OSError:
            pass
        time.sleep(0.05)
    return None


def publishing_storm(ctx, env, nginx_base, path):
    """Publish one article every STORM_INTERVAL s for ctx.storm_seconds while wrk reads the news list
    through nginx; poll the list for each new title."""
    max_age, cache_control = s_maxage(nginx_base, path)
    publisher = subprocess.Popen(
        [VENV / "python", "-m", "bench.publish"],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        start_new_session=True,
    )
    ctx.resources.add("process", publisher.pid, "python")
    try:
        if publisher.stdout.readline().strip() != "ready":
            raise RuntimeError("bench.publish did not start")
        log(f"publishing storm: one article every {STORM_INTERVAL} s for {ctx.storm_seconds} s under wrk on {path}")
        started = time.monotonic()
        finish = background_wrk(nginx_base + path, ctx.storm_seconds, ctx.connections)
        published = []
        for number in range(ctx.storm_seconds // STORM_INTERVAL):
            time.sleep(max(0.0, started + 1 + number * STORM_INTERVAL - time.monotonic()))
            title = f"Storm bulletin {number + 1} {uuid.uuid4().hex[:8]}"
            publisher.stdin.write(title + "\n")
            publisher.stdin.flush()
            answer = publisher.stdout.readline().split()
            if answer[:1] != ["published"]:
                raise RuntimeError(f"bench.publish could not publish {title!r} (its error is above)")
            saved_at = float(answer[1])
            visible = seconds_until_visible(nginx_base, path, title, saved_at)
            published.append({"title": title, "visible_s": visible})
            log(f"  {title!r}: on the list after {visible} s")
        stats = finish()
    finally:
        publisher.stdin.close()
        ctx.resources.release("process", publisher.pid, "python")
    show("storm", "news_list", stats)
    return {
        "seconds": ctx.storm_seconds,
        "interval": STORM_INTERVAL,
        "s_maxage": max_age,
        "cache_control": cache_control,
        "wrk": stats,
        "published": published,
    }


def new_search():
    return f"/en/search/?q=recovered{uuid.uuid4().hex[:6]}"


def postgres_stopped(ctx, cluster, nginx_base, urls):
    """Stop the run's own PostgreSQL cluster for ctx.stop_seconds under load on cached pages through
    nginx; ask /healthz meanwhile, and after the restart until the site answers 200 again."""
    paths = [urls[name] for name in PAGES_ON_PG_STOP]
    for path in paths:  # in nginx's cache before the stop
        http_get(nginx_base, path)
    lead, tail = 3, 10
    log(f"PostgreSQL stopped for {ctx.stop_seconds} s under wrk on {', '.join(paths)} through nginx")
    finish = background_wrk(nginx_base + paths[0], lead + ctx.stop_seconds + tail, ctx.connections, paths=paths)
    time.sleep(lead)
    cluster.stop()
    stopped = time.monotonic()
    during = []
    while time.monotonic() - stopped < ctx.stop_seconds:
        asked = time.monotonic()
        try:
            during.append(http_get(nginx_base, "/healthz", timeout=15)[0])
        except OSError as error:
            during.append(f"{type(error).__name__}")
        time.sleep(max(0.0, 1 - (time.monotonic() - asked)))
    cluster.start()
    restarted = time.monotonic()
    # Recovered: /healthz and a page never asked before (nginx has no copy) both answer 200, five
    # times in a row, so that both gunicorn workers have their database connections back.
    recovered, after, in_a_row = None, [], 0
    while time.monotonic() - restarted < 60 and recovered is None:
        statuses = [http_get(nginx_base, path, timeout=15)[0] for path in ("/healthz", new_search())]
        after.append(statuses)
        in_a_row = in_a_row + 1 if statuses == [200, 200] else 0
        if in_a_row == 5:
            recovered = round(time.monotonic() - restarted, 1)
        time.sleep(0.2)
    stats = finish()
    show("pg stopped", "cached pages", stats)
    log(
        f"  /healthz while stopped: {during}; it and a new page answered 200 five times in a row "
        f"{recovered} s after the restart"
    )
    return {
        "stop_seconds": ctx.stop_seconds,
        "paths": paths,
        "wrk": stats,
        "healthz_during": during,
        "healthz_after": after,
        "recovered_s": recovered,
    }
