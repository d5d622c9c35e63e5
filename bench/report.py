"""The verdict of every target of issue 17 from a run's figures, and the Markdown results file."""

NGINX_SHARE = 0.80  # cached pages through nginx, of nginx's static-file requests/s
NGINX_P99_MS = 10
STORM_P99_MS = 20
BARE_SHARE = 0.60  # warm pages straight from gunicorn, of the bare Django view's requests/s
PEER_FACTOR = 1.5
COLD_QUERIES = 6
SEARCH_P99_MS = 150  # search with nothing cached at 100,000 articles on PostgreSQL (issue 21)
RECOVERY_S = 30


def verdict(target, measured, required, passed, skipped=None):
    status = "SKIPPED" if skipped else ("PASS" if passed else "FAIL")
    return {"target": target, "measured": skipped or measured, "required": required, "status": status}


def errors(stats):
    return stats["errors"] + stats["non2xx"]


def evaluate(results):
    """Return the verdicts, in the order of the issue's targets."""
    out, skipped = [], results.get("skipped", {})
    nginx = results.get("nginx")
    if nginx:
        static = nginx["static"]["rps"]
        for name, stats in nginx["pages"].items():
            need = NGINX_SHARE * static
            out.append(
                verdict(
                    f"nginx: cached {name} >= 80% of static-file req/s",
                    f"{stats['rps']:,.0f} req/s = {stats['rps'] / static:.0%} of {static:,.0f}",
                    f">= {need:,.0f} req/s",
                    stats["rps"] >= need,
                )
            )
            out.append(
                verdict(
                    f"nginx: cached {name} p99",
                    f"{stats['p99_ms']:.2f} ms",
                    f"< {NGINX_P99_MS} ms",
                    stats["p99_ms"] < NGINX_P99_MS,
                )
            )
    storm = results.get("storm")
    if storm:
        wrk, limit = storm["wrk"], storm["s_maxage"] + 1
        seen = [p["visible_s"] for p in storm["published"]]
        worst = "never" if None in seen else f"{max(seen, default=0):.2f} s"
        out += [
            verdict("storm: errors and non-2xx", f"{errors(wrk)} of {wrk['requests']:,}", "0", errors(wrk) == 0),
            verdict(
                "storm: news list p99", f"{wrk['p99_ms']:.2f} ms", f"< {STORM_P99_MS} ms", wrk["p99_ms"] < STORM_P99_MS
            ),
            verdict(
                f"storm: {len(seen)} new articles visible on the list",
                f"latest after {worst} ({', '.join(str(s) for s in seen)})",
                f"<= s-maxage {storm['s_maxage']} + 1 = {limit} s",
                bool(seen) and None not in seen and max(seen) <= limit,
            ),
        ]
    stop = results.get("pg_stop")
    why = skipped.get("pg_stop")
    if stop or why:
        stop = stop or {"wrk": {"errors": 0, "non2xx": 0, "requests": 0}, "healthz_during": [], "recovered_s": None}
        during = stop["healthz_during"]
        out += [
            verdict(
                "PostgreSQL stopped: readers' errors and non-2xx",
                f"{errors(stop['wrk'])} of {stop['wrk']['requests']:,}",
                "0",
                errors(stop["wrk"]) == 0,
                why,
            ),
            verdict(
                "PostgreSQL stopped: /healthz answers 503",
                f"{sum(s == 503 for s in during)} of {len(during)} answers 503 ({sorted(set(map(str, during)))})",
                "all",
                during and all(s == 503 for s in during),
                why,
            ),
            verdict(
                "PostgreSQL stopped: the site recovers by itself",
                f"/healthz and a new page 200 five times in a row {stop['recovered_s']} s after the restart",
                f"within {RECOVERY_S} s",
                stop["recovered_s"] is not None and stop["recovered_s"] <= RECOVERY_S,
                why,
            ),
        ]
    direct = results.get("direct")
    if direct:
        bare = direct["bare"]["rps"]
        for name, stats in direct["pages"].items():
            need = BARE_SHARE * bare
            out.append(
                verdict(
                    f"gunicorn: warm {name} >= 60% of the bare view's req/s",
                    f"{stats['rps']:,.0f} req/s = {stats['rps'] / bare:.0%} of {bare:,.0f}",
                    f">= {need:,.0f} req/s",
                    stats["rps"] >= need,
                )
            )
    peer = results.get("peer")
    if peer:
        for name in ("news_list", "article"):
            target = f"no cache, SQLite: {name} >= 1.5x the Wagtail peer's req/s"
            if "skipped" in peer:
                out.append(verdict(target, "", f">= {PEER_FACTOR}x", False, peer["skipped"]))
                continue
            ours, theirs = peer["ours"][name]["rps"], peer["peer"][name]["rps"]
            out.append(
                verdict(
                    target,
                    f"{ours:,.0f} req/s = {ours / theirs:.2f}x peer {theirs:,.0f}",
                    f">= {PEER_FACTOR * theirs:,.0f} req/s",
                    ours >= PEER_FACTOR * theirs,
                )
            )
    search = results.get("search")
    if search:
        for name, stats in search["pages"].items():
            out.append(
                verdict(
                    f"page cache off, PostgreSQL {search['count']:,}: {name} p99, no errors",
                    f"{stats['p99_ms']:.1f} ms, {errors(stats)} errors ({stats['rps']:,.0f} req/s; alone on "
                    f"an empty cache {search['first_ms'][name]:.0f} ms)",
                    f"< {SEARCH_P99_MS} ms, 0",
                    stats["p99_ms"] < SEARCH_P99_MS and not errors(stats),
                )
            )
    elif "search_100000" in skipped:
        out.append(verdict("page cache off, PostgreSQL 100,000: searches p99", "", f"< {SEARCH_P99_MS} ms", False,
                           skipped["search_100000"]))  # fmt: skip
    budgets = results.get("queries", {})
    for label, queries in budgets.items():
        worst = max(queries.items(), key=lambda item: item[1]["cold"])
        out.append(
            verdict(
                f"queries per page, cold cache, {label}",
                f"at most {worst[1]['cold']} ({worst[0]})",
                f"<= {COLD_QUERIES}",
                worst[1]["cold"] <= COLD_QUERIES,
            )
        )
    if len(budgets) > 1:
        (small, few), (large, many) = list(budgets.items())[:2]
        grown = {
            name: (few[name]["cold"], many[name]["cold"]) for name in few if many[name]["cold"] > few[name]["cold"]
        }
        out.append(
            verdict(
                f"queries do not grow, {small} -> {large}",
                "grown: " + str(grown) if grown else "none grew",
                "none grows",
                not grown,
            )
        )
    return out


def lines(verdicts):
    """The console lines: verdict, target, measured, required."""
    return [f"{v['status']:<7} {v['target']}: {v['measured']} (required {v['required']})" for v in verdicts]


def table(rows, columns):
    out = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    return out + ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]


def stats_rows(measured):
    return [
        [
            name,
            f"`{s['url']}`" if s.get("url") else "",
            f"{s['rps']:,.0f}",
            s["p50_ms"],
            s["p99_ms"],
            s["errors"],
            s["non2xx"],
            s["cache_hits"] if s.get("counted", True) else "-",
            ", ".join(f"{r:,.0f}" for r in s.get("round_rps", [])),
        ]
        for name, s in measured.items()
    ]


STATS = ["URL", "address", "req/s", "p50 ms", "p99 ms", "errors", "non-2xx", "cache hits", "req/s per round"]


def markdown(results, verdicts):
    meta, v = results["meta"], results["meta"]["versions"]
    passed = sum(item["status"] == "PASS" for item in verdicts)
    failed = sum(item["status"] == "FAIL" for item in verdicts)
    out = [
        f"# Election-night benchmark: {meta['started']}, commit {meta['commit']} ({meta['mode']} run)",
        "",
        f"{passed} PASS, {failed} FAIL, {len(verdicts) - passed - failed} SKIPPED. Took {meta['total_seconds'] // 60} "
        f"min. Load average (1/5/15 min) at start {meta['load_at_start']}, at end {meta['load_at_end']} (the run's own "
        "load included).",
        "",
        f"Machine: {meta['cpu']}, {meta['cores']} cores, {meta['memory_gb']} GB, Linux {meta['kernel']}. Python "
        f"{v['python']}, Django {v['django']}, gunicorn {v['gunicorn']}, {v['nginx']}, PostgreSQL {v['postgresql']} "
        f"(a cluster of the run's own), Redis {v['redis']}, {v['wrk']}. wrk: {meta['wrk_threads']} thread, "
        f"{meta['connections']} connections, rounds of {meta['round_seconds']} s in {meta['passes']} alternating "
        f"passes. nginx {meta['nginx_workers']} worker, gunicorn.conf.py with 2 workers; nginx, gunicorn and wrk "
        "share the machine's cores.",
        "",
        "## Verdicts",
        "",
        *table(
            [[x["status"], x["target"], x["measured"], x["required"]] for x in verdicts],
            ["Verdict", "Target", "Measured", "Required"],
        ),
    ]
    for key, dataset in results["datasets"].items():
        out += [
            "",
            f"Dataset {key}: {dataset['articles']:,} article records ({dataset['articles_in_language']:,} in "
            f"English), seed_articles took {dataset['seed_seconds']} s.",
        ]
    if results.get("nginx"):
        nginx = results["nginx"]
        out += [
            "",
            f"## Through nginx: static file of {nginx['static_bytes']:,} bytes and cached pages",
            "",
            *table(stats_rows({"static": nginx["static"], **nginx["pages"]}), STATS),
        ]
    if results.get("storm"):
        storm = results["storm"]
        out += [
            "",
            f"## Publishing storm: one article every {storm['interval']} s for {storm['seconds']} s",
            "",
            f"Pages say `Cache-Control: {storm['cache_control']}`.",
            "",
            *table(stats_rows({"news_list": storm["wrk"]}), STATS),
            "",
            "Seconds from each article's save to its title on the list through nginx: "
            + ", ".join(str(p["visible_s"]) for p in storm["published"])
            + ".",
        ]
    if results.get("pg_stop"):
        stop = results["pg_stop"]
        out += [
            "",
            f"## PostgreSQL stopped for {stop['stop_seconds']} s (readers of {', '.join(stop['paths'])})",
            "",
            *table(stats_rows({"cached pages": stop["wrk"]}), STATS),
            "",
            f"/healthz while stopped: {stop['healthz_during']}; after the restart: {stop['healthz_after']}.",
        ]
    if results.get("direct"):
        direct = results["direct"]
        out += [
            "",
            "## Straight from gunicorn: bare Django view and the warm page cache",
            "",
            *table(stats_rows({"bare": direct["bare"], **direct["pages"]}), STATS),
        ]
    if results.get("search"):
        search = results["search"]
        out += [
            "",
            f"## Page cache off, PostgreSQL {search['count']:,}: searches ({search['connections']} connections)",
            "",
            f"Each search alone on an empty cache, ms: {search['first_ms']}.",
            "",
            *table(stats_rows(search["pages"]), STATS),
        ]
    peer = results.get("peer")
    if peer and "skipped" not in peer:
        facts = peer["facts"]
        out += [
            "",
            f"## No cache, SQLite {peer['count']:,}: side by side with the Wagtail peer",
            "",
            f"Wagtail {facts['versions']['wagtail']}, Django {facts['versions']['django']}, Python "
            f"{facts['versions']['python']}, {facts['count']:,} pages; rounds of {peer['round_seconds']} s, 16 "
            "connections.",
            "",
            *table(
                stats_rows(
                    {f"ours {n}": s for n, s in peer["ours"].items()}
                    | {f"peer {n}": s for n, s in peer["peer"].items()}
                ),
                STATS,
            ),
        ]
    if results.get("queries"):
        out += ["", "## Queries per page (cold / warm / page cache off)", ""]
        labels = list(results["queries"])
        names = list(results["queries"][labels[0]])
        rows = [
            [name]
            + [f"{q[name]['cold']} / {q[name]['warm']} / {q[name]['uncached']}" for q in results["queries"].values()]
            for name in names
        ]
        out += table(rows, ["URL", *labels])
    if results["failures"]:
        out += ["", "## Failed requests", "", *[f"- {failure}" for failure in results["failures"]]]
    return "\n".join(out) + "\n"
