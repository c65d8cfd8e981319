-- Print the figures bench/wrk.py reads: percentiles in microseconds and every error kind.
-- Responses of 4xx/5xx count as errors (wrk counts them in errors.status).
done = function(summary, latency, requests)
  io.write(string.format("STAT requests %d\n", summary.requests))
  io.write(string.format("STAT p50 %d\n", latency:percentile(50)))
  io.write(string.format("STAT p95 %d\n", latency:percentile(95)))
  io.write(string.format("STAT p99 %d\n", latency:percentile(99)))
  for _, kind in ipairs({"connect", "read", "write", "timeout", "status"}) do
    io.write(string.format("STAT %s %d\n", kind, summary.errors[kind]))
  end
end

-- Bounded in count as well as time: each thread stops after BENCH_MAX_REQUESTS responses.
local max_requests = tonumber(os.getenv("BENCH_MAX_REQUESTS") or "0")
local seen = 0
response = function(status, headers, body)
  seen = seen + 1
  if max_requests > 0 and seen >= max_requests then
    wrk.thread:stop()
  end
end
