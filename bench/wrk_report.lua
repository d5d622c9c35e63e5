-- wrk script: count non-2xx responses and cache hits across threads, then print one JSON line.
-- Paths after `--` are requested in turn (one URL per request); without them wrk's own URL is.
-- Cache hits: nginx's X-Cache-Status HIT (STALE and UPDATING counted apart), or the site's
-- X-Page-Cache hit when asked straight from gunicorn with PAGE_CACHE_DEBUG_HEADER on.
-- With BENCH_WRK_RESPONSES=0 no response is handed to Lua (wrk then copies no headers and no body,
-- which costs the one wrk thread more than nginx spends on a request): non-2xx is then wrk's own
-- count of statuses of 400 and above, and no cache hit is counted.
local threads = {}
local counting = os.getenv("BENCH_WRK_RESPONSES") ~= "0"

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non2xx = 0
  hits = 0
  stale = 0
  if #args > 0 then
    local paths, n = args, 0
    request = function()
      n = n % #paths + 1
      return wrk.format(nil, paths[n])
    end
  end
end

if counting then
  function response(status, headers, body)
    if status < 200 or status > 299 then
      non2xx = non2xx + 1
    end
    local nginx = headers["X-Cache-Status"]
    if nginx == "HIT" or headers["X-Page-Cache"] == "hit" then
      hits = hits + 1
    elseif nginx == "STALE" or nginx == "UPDATING" then
      stale = stale + 1
    end
  end
end

function done(summary, latency, requests)
  local bad, hit, old = 0, 0, 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("non2xx")
    hit = hit + thread:get("hits")
    old = old + thread:get("stale")
  end
  local e = summary.errors
  if not counting then
    bad = e.status
  end
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, "non2xx": %d, "cache_hits": %d, "stale": %d, ' ..
    '"errors_connect": %d, "errors_read": %d, "errors_write": %d, "errors_timeout": %d, ' ..
    '"p50_us": %d, "p90_us": %d, "p99_us": %d, "max_us": %d}\n',
    summary.requests, summary.duration, summary.bytes, bad, hit, old,
    e.connect, e.read, e.write, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
