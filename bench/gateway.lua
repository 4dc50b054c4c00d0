-- wrk script: OpenAI chat completions, straight to the mock provider or through the AIntops gateway.
-- Environment: PROVIDER_KEY (the caller's provider key), AINTOPS_KEY (set: through the gateway, with attribution headers),
-- STREAM=1 (streamed calls), RATE and CONNECTIONS (pace the connections to about RATE requests/s in all).
local aintops = os.getenv("AINTOPS_KEY")
local stream = os.getenv("STREAM") == "1"
local rate = tonumber(os.getenv("RATE") or "0")
local connections = tonumber(os.getenv("CONNECTIONS") or "1")
local path = (aintops and "/gateway/openai" or "") .. "/v1/chat/completions"
local body = '{"model":"gpt-4o-mini","stream":' .. tostring(stream) ..
  (stream and ',"stream_options":{"include_usage":true}' or "") ..
  ',"messages":[{"role":"system","content":"' .. string.rep("You answer support mail politely. ", 12) ..
  '"},{"role":"user","content":"My order has not arrived yet; what can I do?"}]}'
local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. os.getenv("PROVIDER_KEY") }
if aintops then
  headers["X-AIntops-Key"] = aintops
  headers["X-AIntops-Team"] = "support"
  headers["X-AIntops-Feature"] = "support.reply"
end

request = function() return wrk.format("POST", path, headers, body) end

-- ARRIVALS=spread (default): each connection pauses a random time averaging the gap that gives RATE in all, so calls arrive
-- spread out as independent clients send them. ARRIVALS=in-step: every connection pauses the same time, so the connections
-- fire in bursts of up to CONNECTIONS calls at once (the worst case for a proxy's tail).
if rate > 0 then
  local pause = math.max(0, connections * 1000 / rate - 1)
  if os.getenv("ARRIVALS") == "in-step" then delay = function() return pause end
  else delay = function() return math.random() * 2 * pause end end
end

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("seed", os.time() + threads)
end

function init(args) math.randomseed(seed) end

done = function(summary, latency, requests)
  io.write(string.format("requests/s: %.0f  non-2xx: %d  errors: %d  p50: %.2f ms  p90: %.2f ms  p99: %.2f ms\n",
    summary.requests / (summary.duration / 1e6), summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000))
end
