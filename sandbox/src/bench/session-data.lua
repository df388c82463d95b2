-- wrk script: POST /v3/couponsession/data for a seeded session, with the demo credentials.
wrk.method = "POST"
wrk.path = "/v3/couponsession/data"
wrk.body = '{"couponsession":"ujzde8gxd6ncf10epf91d"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Client-Id"] = os.getenv("CLIENT_ID") or "sandbox-client-id"
wrk.headers["X-Client-Secret"] = os.getenv("CLIENT_SECRET") or "sandbox-client-secret"

-- One line for the table: requests/s and latency percentiles (ms), and any non-2xx answers.
done = function(summary, latency, requests)
  io.write(string.format("RESULT req/s=%.0f p50=%.2fms p99=%.2fms errors=%d non2xx=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
