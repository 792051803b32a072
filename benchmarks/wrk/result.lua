-- Shared by the suite's wrk scripts: the one line the benchmark suite reads back (JSON, latencies in microseconds).
local result = {}

function result.done(summary, latency, requests)
  io.write(string.format(
    'RESULT {"requests":%d,"durationMicros":%d,"p50Micros":%d,"p95Micros":%d,"p99Micros":%d,"maxMicros":%d,'
      .. '"non2xx":%d,"socketErrors":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    latency.max, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end

-- wrk's delay() hook, in milliseconds: DELAY_MS (may be fractional) between one answer and the next request on a
-- connection, so that a known number of connections offers a chosen rate.
function result.delay()
  local ms = tonumber(os.getenv("DELAY_MS") or "0")
  if ms > 0 then
    return ms
  end
  return nil
end

return result
