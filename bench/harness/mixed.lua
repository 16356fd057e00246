-- Mixed traffic for wrk: 80 % readers' pages, 15 % searches, 5 % edits through the JSON API (a new
-- draft claim, with the token in HARNESS_TOKEN). The pages to read are the lines of HARNESS_PAGES.
-- Prints, at the end, the requests by kind, the answers that were not 2xx, and the writes that
-- were acknowledged (201), which the driver compares with the database.
local pages = {}
local words = { "police", "trust", "border", "taxes", "jobs", "economy", "health", "vote", "crime", "schools" }
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(os.getenv("HARNESS_PAGES")) do
    table.insert(pages, line)
  end
  token = os.getenv("HARNESS_TOKEN")
  run = os.getenv("HARNESS_RUN")
  math.randomseed(os.time() + id)
  created = 0
  failed = 0
  reads = 0
  searches = 0
  writes = 0
end

function request()
  local r = math.random()
  if r < 0.80 then
    reads = reads + 1
    return wrk.format("GET", pages[math.random(#pages)])
  elseif r < 0.95 then
    searches = searches + 1
    return wrk.format("GET", "/search?q=" .. words[math.random(#words)])
  end
  writes = writes + 1
  local body = string.format('{"statement": "Harness %s claim %d-%d", "kind": "FACTUAL"}', run, id, writes)
  return wrk.format("POST", "/api/v1/claims",
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  elseif status >= 300 then
    failed = failed + 1
  end
end

function done(summary, latency, requests)
  local created, failed, reads, searches, writes = 0, 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    created = created + thread:get("created")
    failed = failed + thread:get("failed")
    reads = reads + thread:get("reads")
    searches = searches + thread:get("searches")
    writes = writes + thread:get("writes")
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("requests=%d reads=%d searches=%d writes=%d acknowledged_writes=%d non2xx=%d "
    .. "socket_errors=%d rps=%.1f p50_ms=%.1f p99_ms=%.1f\n",
    summary.requests, reads, searches, writes, created, failed, errors,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
