"""Target verdicts, profile summaries and the Markdown results file of a benchmark run."""

from collections import Counter

PUBLIC = ["home", "news_list", "news_deep", "category", "article", "page", "search", "rss"]
WARM_FLOOR_SHARE = 0.60
PEER_FACTOR = 3
LIST_FLOOR_SHARE = 0.10
ARTICLE_FLOOR_SHARE = 0.15
DEEP_SHARE = 0.80
SEARCH_P99_MS = 150
COLD_QUERIES = 6
WARM_QUERIES = 1
RSS_MB = 150

# Where a profile sample is spent, decided by the innermost frame that matches (first match wins).
# py-spy names frames "function (package/module.py:line)".
PROFILE_BUCKETS = [
    ("(psycopg", "database (waiting on SQL)"),
    ("(sqlite3/", "database (waiting on SQL)"),
    ("(django/db/backends/sqlite3/", "database (waiting on SQL)"),
    ("(django/template/", "templates"),
    ("/templatetags/", "templates"),
    ("(django/db/", "ORM (Python)"),
    ("(django/core/paginator", "ORM (Python)"),
    ("(redis/", "cache (Redis)"),
    ("(commission_site/cache_backends", "cache (Redis)"),
    ("(django/core/cache/", "cache (Redis)"),
    ("(django/forms/", "forms and filters"),
    ("(django_filters/", "forms and filters"),
    ("(django/urls/", "URL routing"),
    ("(django/utils/translation/", "translation"),
    ("(django/contrib/syndication/", "feed"),
    ("(django/utils/feedgenerator", "feed"),
    ("(nh3", "project code"),
    ("(django/", "Django (other)"),
    ("(whitenoise/", "Django (other)"),
    ("(axes/", "Django (other)"),
    ("(django_otp/", "Django (other)"),
    ("(gunicorn/", "gunicorn"),
]
PROJECT_APPS = ("commission_site", "news", "pages", "search", "sitecache", "multilingual", "richtext", "elections")
PROFILE_BUCKETS[-1:-1] = [(f"({app}/", "project code") for app in PROJECT_APPS + ("history", "bench")]


def classify_profile(raw):
    """Sum py-spy's raw (collapsed) stacks into buckets; idle worker time is counted apart."""
    buckets, leaves = Counter(), Counter()
    idle = busy = 0
    for line in raw.splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        count = int(count)
        frames = stack.split(";")
        leaf = frames[-1]
        if "(django/core/handlers/" not in stack:  # the arbiter, or a worker waiting for a connection
            idle += count
            continue
        busy += count
        bucket = "other (Python standard library)"
        for frame in reversed(frames):
            match = next((name for pattern, name in PROFILE_BUCKETS if pattern in frame), None)
            if match:
                bucket = match
                break
        buckets[bucket] += count
        leaves[leaf] += count
    total = busy or 1
    return {
        "samples": busy + idle,
        "idle_share": round(100 * idle / max(1, busy + idle)),  # includes the arbiter process
        "shares": {name: round(100 * n / total) for name, n in buckets.most_common()},
        "top_leaves": [[name, round(100 * n / total)] for name, n in leaves.most_common(6)],
    }


def find(results, engine, count, cached):
    return next(
        (
            s
            for s in results["scenarios"]
            if s["engine"] == engine and s["count"] == count and s["page_cache"] == cached
        ),
        None,
    )


def percent(value):
    return f"{100 * value:.0f}%"


def verdict(target, scope, measured, required, passed, margin, url=None, scenario=None):
    return {
        "target": target,
        "scope": scope,
        "measured": measured,
        "required": required,
        "pass": bool(passed),
        "margin": margin,
        "url": url,
        "scenario": scenario,
    }


def evaluate(results):
    """Return the verdict of every target that this run measured."""
    verdicts = []
    counts = sorted({s["count"] for s in results["scenarios"] if s["engine"] == "postgresql"})
    largest = max(counts, default=None)
    for count in counts:
        warm = find(results, "postgresql", count, True)
        if not warm:
            continue
        floor = warm["floor_rps"]
        for name in PUBLIC:
            rps = warm["urls"][name]["rps"]
            share = rps / floor
            need = WARM_FLOOR_SHARE * floor
            verdicts.append(
                verdict(
                    "Warm cache: public page >= 60% of the floor",
                    f"{name}, PostgreSQL {count:,}",
                    f"{rps:,.0f} req/s = {percent(share)} of the floor {floor:,.0f}",
                    f">= {need:,.0f} req/s",
                    share >= WARM_FLOOR_SHARE,
                    margin(rps, need),
                    name,
                    warm["label"],
                )
            )
    sqlite = next((s for s in results["scenarios"] if s["engine"] == "sqlite" and not s["page_cache"]), None)
    peer = results.get("peer")
    # Measured side by side (alternating rounds) when the run did so; else the SQLite scenario's figures.
    sqlite = results.get("paired") or sqlite
    if sqlite and peer:
        for name in ("news_list", "article"):
            ours, theirs = sqlite["urls"][name], peer["urls"][name]
            need = PEER_FACTOR * theirs["rps"]
            verdicts.append(
                verdict(
                    "No cache, SQLite: >= 3x the Wagtail peer's req/s",
                    f"{name}, SQLite {sqlite['count']:,}",
                    f"{ours['rps']:,.0f} req/s = {ours['rps'] / theirs['rps']:.1f}x peer {theirs['rps']:,.0f}",
                    f">= {need:,.0f} req/s",
                    ours["rps"] >= need,
                    margin(ours["rps"], need),
                    name,
                    sqlite["label"],
                )
            )
            limit = theirs["p99_ms"] / PEER_FACTOR
            verdicts.append(
                verdict(
                    "No cache, SQLite: p99 < 1/3 of the peer's",
                    f"{name}, SQLite {sqlite['count']:,}",
                    f"p99 {ours['p99_ms']:.1f} ms (peer {theirs['p99_ms']:.1f} ms)",
                    f"< {limit:.1f} ms",
                    ours["p99_ms"] < limit,
                    margin(ours["p99_ms"], limit, unit="ms", lower_is_better=True),
                    name,
                    sqlite["label"],
                )
            )
    cold_pg = find(results, "postgresql", largest, False) if largest else None
    if cold_pg:
        floor = cold_pg["floor_rps"]
        label = f"PostgreSQL {largest:,}"
        for name, share in (("news_list", LIST_FLOOR_SHARE), ("article", ARTICLE_FLOOR_SHARE)):
            rps = cold_pg["urls"][name]["rps"]
            need = share * floor
            verdicts.append(
                verdict(
                    f"No cache: {name} >= {percent(share)} of the floor",
                    f"{name}, {label}",
                    f"{rps:,.0f} req/s = {percent(rps / floor)} of the floor {floor:,.0f}",
                    f">= {need:,.0f} req/s",
                    rps >= need,
                    margin(rps, need),
                    name,
                    cold_pg["label"],
                )
            )
        deep, first = cold_pg["urls"]["news_deep"]["rps"], cold_pg["urls"]["news_list"]["rps"]
        verdicts.append(
            verdict(
                "No cache: deep page >= 80% of page 1",
                f"news_deep ({cold_pg['urls']['news_deep']['path']}), {label}",
                f"{deep:,.0f} req/s = {percent(deep / first)} of page 1 ({first:,.0f})",
                f">= {DEEP_SHARE * first:,.0f} req/s",
                deep >= DEEP_SHARE * first,
                margin(deep, DEEP_SHARE * first),
                "news_deep",
                cold_pg["label"],
            )
        )
        p99 = cold_pg["urls"]["search"]["p99_ms"]
        verdicts.append(
            verdict(
                "No cache: search p99 < 150 ms",
                f"search, {label}",
                f"p99 {p99:,.1f} ms",
                f"< {SEARCH_P99_MS} ms",
                p99 < SEARCH_P99_MS,
                margin(p99, SEARCH_P99_MS, unit="ms", lower_is_better=True),
                "search",
                cold_pg["label"],
            )
        )
    for key, dataset in results["datasets"].items():
        queries = dataset.get("queries", {})
        worst_cold = max((queries[n]["cold"] for n in PUBLIC if n in queries), default=0)
        worst_warm = max((queries[n]["warm"] for n in PUBLIC if n in queries), default=0)
        cold_names = ", ".join(f"{n} {queries[n]['cold']}" for n in PUBLIC if queries.get(n, {}).get("cold", 0) > 6)
        verdicts.append(
            verdict(
                "Queries per public page, cold cache <= 6",
                key,
                f"at most {worst_cold}" + (f" ({cold_names})" if cold_names else ""),
                f"<= {COLD_QUERIES}",
                worst_cold <= COLD_QUERIES,
                f"{COLD_QUERIES - worst_cold:+d} queries",
            )
        )
        verdicts.append(
            verdict(
                "Queries per public page, warm cache <= 1",
                key,
                f"at most {worst_warm}",
                f"<= {WARM_QUERIES}",
                worst_warm <= WARM_QUERIES,
                f"{WARM_QUERIES - worst_warm:+d} queries",
            )
        )
    pg_keys = [k for k in results["datasets"] if k.startswith("postgresql-")]
    if len(pg_keys) > 1:
        per_count = {k: [results["datasets"][k]["queries"][n]["cold"] for n in PUBLIC] for k in pg_keys}
        same = len({tuple(v) for v in per_count.values()}) == 1
        verdicts.append(
            verdict(
                "Queries do not grow with the number of articles",
                " vs ".join(pg_keys),
                "same cold counts per page"
                if same
                else "differ: " + "; ".join(f"{k} {v}" for k, v in per_count.items()),
                "equal",
                same,
                "",
            )
        )
    paired = [results["paired"]] if results.get("paired") else []
    for scenario in results["scenarios"] + paired + ([peer] if peer else []):
        rss = max(scenario["worker_rss_mb"] or [0])
        ours = scenario is not peer
        verdicts.append(
            verdict(
                "Worker RSS < 150 MB after the run" if ours else "Worker RSS (peer, for reference)",
                scenario["label"],
                f"max {rss:.0f} MB ({', '.join(f'{x:.0f}' for x in scenario['worker_rss_mb'])})",
                f"< {RSS_MB} MB",
                rss < RSS_MB or not ours,
                f"{RSS_MB - rss:+.0f} MB",
            )
        )
        runs = {**scenario.get("floors", {}), **scenario["urls"]}
        bad = {n: (s["errors"], s["non2xx"]) for n, s in runs.items() if s["errors"] or s["non2xx"]}
        total = sum(s["requests"] for s in runs.values())
        verdicts.append(
            verdict(
                "Zero errors and zero non-2xx",
                scenario["label"],
                f"{total:,} requests; " + ("none failed" if not bad else f"failed: {bad}"),
                "0",
                not bad,
                "",
            )
        )
    return verdicts


def floor_rounds(scenario):
    """Say when the floor was measured: at the start of each pass and at the end, or before and after."""
    floors = scenario["floors"]
    start = floors["floor"].get("round_rps", [floors["floor"]["rps"]])
    end = floors["floor_end"]["rps"]
    figures = ", ".join(f"{rps:,.0f}" for rps in [*start, end])
    passes = scenario.get("passes", 1)
    if passes > 1:
        return f"one at the start of each of the {passes} passes over the URLs and one at the end ({figures})"
    return f"before and after the pages ({figures})"


def rounds(stats):
    return ", ".join(f"{rps:.0f}" for rps in stats["round_rps"])


def margin(measured, bound, unit="req/s", lower_is_better=False):
    """Say by how much a measure clears or misses its bound."""
    if lower_is_better:
        if measured < bound:
            return f"{bound - measured:,.1f} {unit} under the limit"
        return f"MISS by {measured - bound:,.1f} {unit} ({measured / bound:.1f}x the limit)"
    if measured >= bound:
        return f"+{measured - bound:,.0f} {unit} ({measured / bound:.2f}x the bound)"
    return f"MISS by {bound - measured:,.0f} {unit} (at {100 * measured / bound:.0f}% of the bound)"


def fmt_queries(queries, name):
    q = queries.get(name)
    return f"{q['cold']} / {q['warm']} / {q['uncached']}" if q else "-"


def markdown(results):
    meta = results["meta"]
    v = meta["versions"]
    lines = [
        f"# Election-night benchmark — {meta['date']}, commit {meta['commit']} ({meta['mode']} run)",
        "",
        f"- Started {meta['started']}, took {meta.get('total_seconds', 0) // 60} min. Load average (1/5/15 min) "
        f"at start {meta['load_at_start']}, at end {meta.get('load_at_end')}.",
        f"- Machine: {meta['cpu']}, {meta['cores']} cores, {meta['memory_gb']} GB, Linux {meta['kernel']}.",
        f"- Python {v.get('python')}, Django {v.get('django')}, gunicorn {v.get('gunicorn')}, "
        f"psycopg {v.get('psycopg')}, "
        f"PostgreSQL {v.get('postgresql')}, Redis {v.get('redis')} (redis-py {v.get('redis-py')}), "
        f"WhiteNoise {v.get('whitenoise')}, {v.get('wrk')}.",
        f"- gunicorn: {meta['workers']} sync workers, DEBUG off, `bench.settings` (the project's settings plus the "
        "floor view), access log off, worker recycling off. "
        f"wrk: {meta['wrk_threads']} thread, {meta['connections']} connections, {meta['duration_s']} s per URL after "
        "a warm-up, on loopback.",
        "- Page cache warm = `PAGE_CACHE_SECONDS=300`, every URL requested before the measured run; "
        "no cache = `PAGE_CACHE_SECONDS=0` (what is derived from content is still kept per content "
        'version: docs/benchmark.md, "What *no cache* measures").',
        "",
        "## Verdicts",
        "",
        "| Target | Scope | Measured | Required | Verdict |",
        "|---|---|---|---|---|",
    ]
    for item in results["verdicts"]:
        mark = "PASS" if item["pass"] else "**MISS**"
        detail = f" ({item['margin']})" if item["margin"] else ""
        lines.append(
            f"| {item['target']} | {item['scope']} | {item['measured']} | {item['required']} | {mark}{detail} |"
        )
    misses = [item for item in results["verdicts"] if not item["pass"]]
    passed = len(results["verdicts"]) - len(misses)
    lines += ["", f"{passed} of {len(results['verdicts'])} checks pass."]
    peer = results.get("peer")
    for scenario in results["scenarios"]:
        dataset = results["datasets"][scenario["dataset"]]
        queries = dataset.get("queries", {})
        floor = scenario["floor_rps"]
        lines += [
            "",
            f"## {scenario['label']}: {scenario['engine']}, {dataset['articles']:,} article records "
            f"({dataset['articles_in_language']:,} in English), "
            f"page cache {'warm' if scenario['page_cache'] else 'off'}",
            "",
            "| URL | req/s | p50 ms | p99 ms | errors | non-2xx | cache hits | x floor | x peer "
            "| queries cold/warm/uncached |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
        ]
        for name, stats in {**scenario["floors"], **scenario["urls"]}.items():
            ratio_peer = ""
            if peer and name in peer["urls"] and not results.get("paired"):
                ratio_peer = f"{stats['rps'] / peer['urls'][name]['rps']:.1f}x"
            hits = f"{100 * stats['cache_hits'] / max(1, stats['requests']):.0f}%" if scenario["page_cache"] else "-"
            lines.append(
                f"| {name} `{stats['path']}` | {stats['rps']:,.0f} | {stats['p50_ms']:.2f} | {stats['p99_ms']:.2f} | "
                f"{stats['errors']} | {stats['non2xx']} | {hits} | {stats['rps'] / floor:.2f} | {ratio_peer} | "
                f"{fmt_queries(queries, name)} |"
            )
        lines.append(
            f"\nFloor (the reference of the ratios): {floor:,.0f} req/s over its rounds, "
            f"{floor_rounds(scenario)}. "
            f"Worker RSS after the run: {', '.join(f'{x:.0f} MB' for x in scenario['worker_rss_mb'])}. "
            f"Load average before/after: {scenario['load_before']} / {scenario['load_after']}."
        )
    paired = results.get("paired")
    if peer and paired:
        lines += [
            "",
            f"## Side by side with the Wagtail peer: SQLite, {paired['count']:,} articles each, no cache",
            "",
            f"Both servers up at once; per URL {len(paired['order'])} rounds of {paired['round_seconds']} s in the "
            f"order {', '.join(paired['order'])}, so that the machine's changes of speed fall on both. "
            "Requests/s over all rounds; latency percentiles the median of the rounds'. "
            "The targets on the peer are checked on these figures.",
            "",
            "| URL | ours req/s | peer req/s | x peer | ours p50 / p99 ms | peer p50 / p99 ms | p99 x peer "
            "| ours per round | peer per round |",
            "|---|---:|---:|---:|---:|---:|---:|---|---|",
        ]
        for name, theirs in peer["urls"].items():
            ours = paired["urls"][name]
            lines.append(
                f"| {name} | {ours['rps']:,.0f} | {theirs['rps']:,.0f} | {ours['rps'] / theirs['rps']:.1f}x | "
                f"{ours['p50_ms']:.1f} / {ours['p99_ms']:.1f} | {theirs['p50_ms']:.1f} / {theirs['p99_ms']:.1f} | "
                f"{ours['p99_ms'] / theirs['p99_ms']:.2f} | "
                f"{rounds(ours)} | {rounds(theirs)} |"
            )
    if peer:
        lines += [
            "",
            f"## Wagtail peer: SQLite, {peer['articles']:,} articles (Wagtail {peer['versions']['wagtail']}, "
            f"Django {peer['versions']['django']}, Python {peer['versions']['python']}), no cache",
            "",
            "| URL | req/s | p50 ms | p99 ms | errors | non-2xx | queries (warm) |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for name, stats in peer["urls"].items():
            lines.append(
                f"| {name} `{stats['path']}` | {stats['rps']:,.0f} | {stats['p50_ms']:.2f} | {stats['p99_ms']:.2f} | "
                f"{stats['errors']} | {stats['non2xx']} | {peer['queries'][name]['warm']} |"
            )
        lines.append(
            f"\nThe peer's deep page is page {peer['deep_page']} (12 per page): the same number of skipped rows as "
            "our deep page. Worker RSS after the run: " + ", ".join(f"{x:.0f} MB" for x in peer["worker_rss_mb"]) + "."
        )
    lines += ["", "## Datasets and single-request costs", ""]
    for key, dataset in results["datasets"].items():
        lines += [
            f"### {key}",
            "",
            f"`seed_articles --count {dataset['count']}` took {dataset['seed_seconds']} s (with migrate and load_demo "
            f"before it: {dataset['articles']:,} records in all, {dataset['articles_in_language']:,} in English). Deep "
            f"page: {dataset['deep_page']} (offset {dataset['deep_offset']:,}); the search word matches "
            f"{dataset['search_matches']:,} English articles.",
            "",
            "One uncached request through the test client, without load (fastest of three):",
            "",
            "| URL | queries cold/warm/uncached | request ms | SQL ms | slowest query ms | slowest query |",
            "|---|---|---:|---:|---:|---|",
        ]
        for name, q in dataset.get("queries", {}).items():
            sql = q["slowest_sql"].replace("|", "\\|")[:160]
            lines.append(
                f"| {name} | {q['cold']} / {q['warm']} / {q['uncached']} | {q['request_ms']} | {q['sql_ms']} | "
                f"{q['slowest_sql_ms']} | `{sql}` |"
            )
        lines.append("")
    if results.get("profiles"):
        lines += [
            "## Where the time goes (py-spy under load: every URL uncached, the news list also from the warm cache)",
            "",
            "Share of the workers' busy samples per bucket (innermost matching frame); database = waiting on SQL.",
            "",
            "| Run, URL | idle | buckets | top leaf functions |",
            "|---|---:|---|---|",
        ]
        for label, summary in results["profiles"].items():
            shares = ", ".join(f"{k} {s}%" for k, s in summary["shares"].items() if s >= 3)
            leaves = ", ".join(f"{k} {s}%" for k, s in summary["top_leaves"][:4])
            lines.append(f"| {label} | {summary['idle_share']}% | {shares} | {leaves} |")
        lines.append("")
    if misses:
        lines += ["## Missed targets: by how much, and what bounds them", ""]
        for item in misses:
            lines.append(f"- **{item['target']}** — {item['scope']}: {item['measured']}; {item['margin']}.")
            bound = explain(results, item)
            if bound:
                lines.append(f"  Bound: {bound}")
        lines.append("")
    if results["failures"]:
        lines += ["## Failures", ""] + [f"- {f}" for f in results["failures"]] + [""]
    return "\n".join(lines) + "\n"


def explain(results, item):
    """Point at the cost behind a missed target: the profile and the slowest query of that URL."""
    name, label = item.get("url"), item.get("scenario")
    if not name or not label:
        return ""
    candidates = results["scenarios"] + ([results["paired"]] if results.get("paired") else [])
    scenario = next(s for s in candidates if s["label"] == label)
    dataset = results["datasets"][scenario["dataset"]]
    parts = []
    q = dataset.get("queries", {}).get(name)
    if q:
        parts.append(
            f"one uncached request takes {q['request_ms']} ms without load, {q['sql_ms']} ms of it in "
            f"{q['uncached']} queries; the slowest ({q['slowest_sql_ms']} ms): `{q['slowest_sql'][:140]}`"
        )
    for profiled in (label, label.replace("-warm", "-nocache"), label.replace("-paired", "-nocache")):
        profile = results.get("profiles", {}).get(f"{profiled} {name}")
        if profile:
            shares = ", ".join(f"{k} {s}%" for k, s in profile["shares"].items() if s >= 5)
            leaves = ", ".join(f"`{k}` {s}%" for k, s in profile["top_leaves"][:3])
            parts.append(f"py-spy under load ({profiled}): {shares}; top leaf functions {leaves}")
            break
    if scenario.get("page_cache"):
        floor = scenario["floors"]["floor"]
        stats = scenario["urls"][name]
        hit = 100 * stats["cache_hits"] / max(1, stats["requests"])
        parts.append(
            f"{hit:.0f}% of responses were cache hits, served in {stats['p50_ms']} ms p50 against the floor's "
            f"{floor['p50_ms']} ms: the hit path costs two Redis reads and the response size "
            f"({stats['bytes_per_request']:,} bytes vs {floor['bytes_per_request']:,})"
        )
    return "; ".join(parts) + "."
