-- wrk script: GET PATH (a template with %s for the CPR number, default /persons/%s) for CPR numbers drawn at
-- random from CPR_FILE, as a caseworker.
local cprs = {}
for line in io.lines(os.getenv("CPR_FILE")) do
  cprs[#cprs + 1] = line
end
local token = os.getenv("TOKEN")
local path = os.getenv("PATH_TEMPLATE") or "/persons/%s"
math.randomseed(20261122)

request = function()
  local cpr = cprs[math.random(#cprs)]
  return wrk.format("GET", string.format(path, cpr), { ["Authorization"] = "Bearer " .. token })
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d duration_s=%.1f rps=%.0f p50_ms=%.2f p99_ms=%.2f non2xx=%d errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
