-- wrk script: POST /doctor-choices as a caseworker, each request for another person (from PAIRS_FILE, lines
-- "cpr provider-number"), so that no choice meets one in progress (DOC-16). Threads take every THREADS-th line.
local pairs_list = {}
for line in io.lines(os.getenv("PAIRS_FILE")) do
  local cpr, provider = line:match("(%d+)%s+(%d+)")
  pairs_list[#pairs_list + 1] = { cpr, provider }
end
local token = os.getenv("TOKEN")
local valid_from = os.getenv("VALID_FROM")
local threads = {}
local counter = 0

setup = function(thread)
  counter = counter + 1
  thread:set("offset", counter - 1)
  threads[#threads + 1] = thread
end

local n = 0
request = function()
  local index = (offset + n * 2) % #pairs_list + 1
  n = n + 1
  local pair = pairs_list[index]
  local body = string.format('{"persons":[{"cpr":"%s","consent":"YES"}],"providerNumber":"%s","validFrom":"%s","reason":"SELF_CHOSEN"}',
    pair[1], pair[2], valid_from)
  return wrk.format("POST", "/doctor-choices",
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d duration_s=%.1f rps=%.0f p50_ms=%.2f p99_ms=%.2f non2xx=%d errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
