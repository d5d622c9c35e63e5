"""wrk with bench/wrk_report.lua, and measuring several URLs in alternating rounds.

This machine's speed drifts by 10-30% within minutes and has slow spells of seconds: URLs measured
one after the other are compared across different machines. So the URLs compared with each other
are measured in rounds that alternate between them (passes), each round starting once the server of
the previous one is idle; requests/s are counted over a URL's rounds, latency percentiles are the
median of its rounds'.
"""

import json
import os
import statistics

from bench.processes import BENCH, http_get, log, run, wait_idle

CONNECTIONS = 64
THREADS = 1  # nginx, gunicorn and wrk share two cores here: one wrk thread leaves the rest to the servers


def wrk(url, seconds, connections=CONNECTIONS, paths=(), timeout=5, count_responses=True):
    """Run wrk on `url` (or on `paths` in turn, on url's server) for `seconds`; return its figures.
    Without `count_responses`, wrk hands no response to Lua (see wrk_report.lua): for throughput."""
    command = ["wrk", f"-t{THREADS}", f"-c{connections}", f"-d{seconds}s", "--timeout", f"{timeout}s"]
    command += ["-s", BENCH / "wrk_report.lua", url]
    if paths:
        command += ["--", *paths]
    env = {**os.environ, "BENCH_WRK_RESPONSES": "1" if count_responses else "0"}
    output = run(command, env=env, capture=True, timeout=seconds + 60)
    line = next((row for row in output.splitlines() if row.startswith("BENCH_JSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk printed no result for {url}:\n{output}")
    stats = json.loads(line.split(" ", 1)[1])
    elapsed = stats["duration_us"] / 1e6
    return {
        "rps": round(stats["requests"] / elapsed, 1),
        "requests": stats["requests"],
        "seconds": round(elapsed, 2),
        "p50_ms": round(stats["p50_us"] / 1000, 2),
        "p90_ms": round(stats["p90_us"] / 1000, 2),
        "p99_ms": round(stats["p99_us"] / 1000, 2),
        "max_ms": round(stats["max_us"] / 1000, 2),
        "errors": sum(stats[f"errors_{kind}"] for kind in ("connect", "read", "write", "timeout")),
        "non2xx": stats["non2xx"],
        "cache_hits": stats["cache_hits"],
        "stale": stats["stale"],
        "bytes_per_request": round(stats["bytes"] / max(1, stats["requests"])),
        "counted": count_responses,  # whether non-2xx and cache hits were counted response by response
    }


def combine(rounds):
    """One figure from a URL's rounds: requests/s over all of them, latency percentiles the median of
    the rounds' (a burst of noise in one round does not move it), errors and hits summed."""
    seconds = sum(r["seconds"] for r in rounds)
    requests = sum(r["requests"] for r in rounds)
    combined = {"rps": round(requests / seconds, 1) if seconds else 0.0, "requests": requests}
    combined["round_rps"] = [r["rps"] for r in rounds]
    for field in ("p50_ms", "p90_ms", "p99_ms"):
        combined[field] = round(statistics.median(r[field] for r in rounds), 2)
    combined["max_ms"] = max(r["max_ms"] for r in rounds)
    for field in ("errors", "non2xx", "cache_hits", "stale"):
        combined[field] = sum(r[field] for r in rounds)
    combined["bytes_per_request"] = rounds[0]["bytes_per_request"]
    combined["counted"] = all(r["counted"] for r in rounds)
    return combined


def alternating(targets, seconds, order, label, connections=CONNECTIONS, warm_up=1):
    """Measure `targets` ({name: (url, pid of the server's master)}) in rounds of `seconds`: one
    round per name in each pass of `order` (a list of passes, each a list of names). Return
    {name: combined figures}. wrk counts no response here (throughput): each URL is checked to answer
    200 first, and wrk's own count of statuses >= 400 is its non-2xx."""
    for url, pid in targets.values():
        status = http_get("http://" + url.split("/")[2], "/" + url.split("/", 3)[3])[0]
        if status != 200:
            raise RuntimeError(f"{url} answered HTTP {status} before its rounds")
        wrk(url, warm_up, connections, count_responses=False)
        wait_idle(pid)
    rounds = {name: [] for name in targets}
    for number, names in enumerate(order, 1):
        if len(order) > 1 and len(names) > 1:
            log(f"  {label}: pass {number} of {len(order)}, {seconds} s a round")
        for name in names:
            url, pid = targets[name]
            rounds[name].append(wrk(url, seconds, connections, count_responses=False))
            wait_idle(pid)
    measured = {}
    for name, (url, _pid) in targets.items():
        measured[name] = {**combine(rounds[name]), "url": "/" + url.split("/", 3)[3]}
        show(label, name, measured[name])
    return measured


def show(label, name, stats):
    flag = "  <-- FAILED REQUESTS" if stats["errors"] or stats["non2xx"] else ""
    log(
        f"  {label:<14} {name:<12} {stats['rps']:>9,.0f} req/s  p50 {stats['p50_ms']:>7.2f} ms  "
        f"p99 {stats['p99_ms']:>8.2f} ms  errors {stats['errors']}  non-2xx {stats['non2xx']}  "
        + (f"hits {stats['cache_hits']}" if stats["counted"] else "")
        + flag
    )
