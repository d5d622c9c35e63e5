"""The targets measured straight from gunicorn: the warm site against a bare Django project, the
uncached site against the Wagtail peer, and the query budgets. Each function returns the figures of
its target; bench/report.py gives the verdicts."""

import json
import time

from bench import peer
from bench.databases import flush_redis, probe
from bench.processes import gunicorn_command, http_get, log, server, server_process, worker_rss
from bench.wrk import alternating

# Side by side with the peer, each URL is measured in rounds that alternate between the two servers
# in this order, so that a change of the machine's speed during the run falls on both alike.
PEER_ORDER = ("ours", "peer", "peer", "ours", "ours", "peer")
PEER_CONNECTIONS = 16  # the peer's two sync workers serve one request each at a time
PEER_URLS = ("news_list", "article")


def bare_view(ctx, env):
    """The bare Django project of bench/bare_settings.py, under the project's gunicorn.conf.py."""
    env = {**env, "DJANGO_SETTINGS_MODULE": "bench.bare_settings"}
    port = server.free_port()
    command = gunicorn_command("commission_site.wsgi", port)
    return server_process(ctx.resources, command, env, ctx.tmp / "gunicorn-bare.log", "/", "bare Django gunicorn")


def warm_against_bare(ctx, env, site_base, site_pid, urls):
    """The site's pages from its warm page cache, straight from gunicorn, against the bare view,
    both servers up at once, in alternating passes (the bare view first in each, and once more last)."""
    with bare_view(ctx, env) as (bare_base, bare_pid):
        targets = {"bare": (bare_base + "/", bare_pid)}
        targets.update({name: (site_base + path, site_pid) for name, path in urls.items()})
        log(f"straight from gunicorn: bare Django view and the warm {', '.join(urls)}")
        said = {name: http_get(site_base, path)[1].get("X-Page-Cache") for name, path in urls.items()}
        if set(said.values()) != {"hit"}:
            raise RuntimeError(f"the site's page cache is not warm: X-Page-Cache {said}")
        order = passes_with_bare(ctx, list(targets))
        measured = alternating(targets, ctx.seconds, order, "gunicorn", ctx.connections)
        return {"bare": measured.pop("bare"), "pages": measured, "worker_rss_mb": worker_rss(site_pid)}


def passes_with_bare(ctx, names):
    return [list(names) for _ in range(ctx.passes)] + ([["bare"]] if ctx.passes > 1 else [])


def against_peer(ctx, env, dataset):
    """Our site with nothing cached (bench/nocache_settings.py) on SQLite and the Wagtail peer on
    SQLite with as many articles, both up at once, each URL in rounds alternating PEER_ORDER."""
    python, why = peer.find_python()
    if not python:
        log(f"peer: SKIPPED ({why})")
        return {"skipped": why}
    source, venv, peer_env = peer.prepare(python, dataset["count"])
    facts = peer.info(source, venv, peer_env, dataset["deep_offset"])
    ours_env = {**env, "DJANGO_SETTINGS_MODULE": "bench.nocache_settings"}
    ours_command = gunicorn_command("commission_site.wsgi", server.free_port())
    peer_command = peer.command(venv, server.free_port(), ours_env["GUNICORN_WORKERS"])
    seconds = max(1, ctx.seconds * 5 // 4)
    results = {"ours": {}, "peer": {}}
    with (
        server_process(
            ctx.resources, ours_command, ours_env, ctx.tmp / "gunicorn-nocache.log", "/en/news/", "site"
        ) as (ours_base, ours_pid),
        server_process(ctx.resources, peer_command, peer_env, ctx.tmp / "peer.log", "/news/", "peer", cwd=source) as (
            peer_base,
            peer_pid,
        ),
    ):
        log(f"side by side with the Wagtail peer: {len(PEER_ORDER)} alternating rounds of {seconds} s per URL")
        for name in PEER_URLS:
            targets = {
                "ours": (ours_base + dataset["urls"][name], ours_pid),
                "peer": (peer_base + facts["urls"][name], peer_pid),
            }
            measured = alternating(targets, seconds, [PEER_ORDER], f"peer {name}", PEER_CONNECTIONS)
            results["ours"][name], results["peer"][name] = measured["ours"], measured["peer"]
        results["ours_rss_mb"], results["peer_rss_mb"] = worker_rss(ours_pid), worker_rss(peer_pid)
    return {**results, "count": dataset["count"], "facts": facts, "python": python, "round_seconds": seconds}


def query_budgets(env, dataset):
    """Queries per page on a cold cache, warm, and with the page cache off (bench/probe.py)."""
    log(f"{dataset['label']}: queries per page (test client, connection.execute_wrapper)")
    return probe(env, "queries", json.dumps(dataset["query_urls"]))


# Searches at the archive's largest size: typed as people type them, one that finds nothing (and so
# looks for "Did you mean ...?"), and a word most articles have.
SEARCHES = {
    "search_tk": "/tk/search/?q=saylaw+ucastoklary",
    "search_ru": "/ru/search/?q=%D0%B8%D0%B7%D0%B1%D0%B8%D1%80%D0%B0%D1%82%D0%B5%D0%BB%D1%8C%D0%BD%D1%8B%D1%85",
    "search_en": "/en/search/?q=election+results",
    "search_typo": "/en/search/?q=electoin+resluts",
    "search_common": "/en/search/?q=commission",
}


def search_at_scale(ctx, env, dataset):
    """The search with the page cache off on PostgreSQL at 100,000 articles, as many readers search on
    election night: each search once on an empty cache (timed alone), then in ctx.passes rounds of
    PEER_CONNECTIONS connections (the matches and passages of a search are kept, as in production)."""
    command = gunicorn_command("commission_site.wsgi", server.free_port())
    with server_process(ctx.resources, command, env, ctx.tmp / "gunicorn-search.log", "/en/", "site") as (base, pid):
        log(f"{dataset['label']}: searches with the page cache off")
        flush_redis()
        first = {}
        for name, path in SEARCHES.items():
            started = time.monotonic()
            http_get(base, path)
            first[name] = round((time.monotonic() - started) * 1000, 1)
        log(f"  each search alone on an empty cache, ms: {first}")
        targets = {name: (base + path, pid) for name, path in SEARCHES.items()}
        order = [list(targets) for _ in range(ctx.passes)]
        pages = alternating(targets, ctx.seconds, order, "search", PEER_CONNECTIONS)
        return {"count": dataset["count"], "pages": pages, "first_ms": first, "connections": PEER_CONNECTIONS}
