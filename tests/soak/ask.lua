-- wrk script for the soak test: POST /v1/ask cycling questions in English
-- and Indonesian, one per request.
local questions = {
  "Who manages vendors for product improvement?",
  "Siapa yang bertanggung jawab atas strategi pemasaran?",
  "Who runs IT operations for the company?",
  "Siapa yang mengelola infrastruktur teknologi perusahaan?",
  "What does the CTO do?",
  "Apa tugas CMO?",
}
local bodies = {}
for i, q in ipairs(questions) do
  bodies[i] = '{"question": "' .. q .. '", "top_k": 3}'
end
local n = 0

request = function()
  n = n + 1
  return wrk.format("POST", "/v1/ask", {["Content-Type"] = "application/json"},
                    bodies[(n % #bodies) + 1])
end

-- One machine-readable line for soak.py.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "SOAK requests=%d non2xx=%d connect=%d read=%d write=%d timeout=%d p99_ms=%.1f\n",
    summary.requests, e.status, e.connect, e.read, e.write, e.timeout,
    latency:percentile(99) / 1000))
end
