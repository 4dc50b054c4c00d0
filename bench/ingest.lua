-- wrk script: POST /v1/ingest (or /v1/ingest/batch when BATCH > 1) with unique externalRequestIds.
-- Environment: AINTOPS_KEY (required), BATCH (events per request, default 1), RATE and CONNECTIONS (optional:
-- pace the connections to about RATE requests/s in all, for latency at a fixed load below the peak), CONTENT=1 (each event
-- carries a chat input with an email address and a key to redact, and a text output: about 1 KB in all).
-- WORKLOAD=realistic sends the mid-size organization of the realistic workload instead (6 models, 4 teams, 40 users,
-- 8 features, 3 prompt versions, prod 2/3 and staging 1/3, 3 % errors, wide token and latency ranges, random ids as
-- exporters and UUID-minded applications send), with TIMESTAMPS=live (within the last hour, the default) or
-- TIMESTAMPS=spread (over the last 30 days, a backfill).
local key = os.getenv("AINTOPS_KEY")
local batch = tonumber(os.getenv("BATCH") or "1")
local models = { "gpt-4o-mini", "gpt-4o", "claude-3-5-sonnet-20241022", "gemini-2.5-pro" }
local tags = { "checkout.summary", "search.rerank", "support.reply" }
local rate = tonumber(os.getenv("RATE") or "0")
local connections = tonumber(os.getenv("CONNECTIONS") or "1")
local content = os.getenv("CONTENT") == "1"
  and ',"input":[{"role":"system","content":"' .. string.rep("You answer support mail politely. ", 12) .. '"},' ..
      '{"role":"user","content":"I am jane.doe@example.com, my key sk-proj-abcdefghijklmnop1234 stopped working. ' ..
      string.rep("Please help. ", 10) .. '"}],"output":"' .. string.rep("We rotated the key; try again. ", 12) .. '"}'
  or "}"
local threads = {}
local counter = 0

-- Each run gets its own id prefix, so repeated runs against one server never send duplicates.
local run = os.time()

function setup(thread)
  thread:set("tid", run .. "-" .. #threads)
  table.insert(threads, thread)
end

local realistic = os.getenv("WORKLOAD") == "realistic"
local spread = os.getenv("TIMESTAMPS") == "spread"
local realModels = {
  { "openai", "gpt-4o" }, { "openai", "gpt-4o-mini" }, { "openai", "gpt-4.1-mini" }, { "openai", "o3-mini" },
  { "anthropic", "claude-3-5-haiku-20241022" }, { "anthropic", "claude-sonnet-4-5-20250929" },
}

local function hex(bytes)
  local parts = {}
  for i = 1, bytes / 4 do parts[i] = string.format("%08x", math.random(0, 0x7fffffff) * 2 + math.random(0, 1)) end
  return table.concat(parts)
end

local function realisticEvent()
  local pick = realModels[math.random(#realModels)]
  local input = math.random(100, 8000)
  local cached = math.random(4) == 1 and math.random(0, math.min(512, input)) or 0
  local at = os.time() - (spread and math.random(0, 30 * 86400) or math.random(0, 3600))
  return string.format(
    '{"externalRequestId":"%s:%s","provider":"%s","model":"%s","promptVersion":"v%d","endpointTag":"feature-%d",' ..
    '"userId":"user-%d","team":"team-%d","environment":"%s","status":"%s","inputTokens":%d,"outputTokens":%d,' ..
    '"cachedInputTokens":%d,"latencyMs":%d,"timestamp":"%s"%s',
    hex(16), hex(8), pick[1], pick[2], math.random(3), math.random(8), math.random(40), math.random(4),
    math.random(3) == 1 and "staging" or "prod", math.random(100) <= 3 and "error" or "success", input,
    math.random(10, 1500), cached, math.random(200, 9000), os.date("!%Y-%m-%dT%H:%M:%SZ", at), content)
end

local function event()
  if realistic then return realisticEvent() end
  counter = counter + 1
  return string.format(
    '{"externalRequestId":"b%s-%d-%d","provider":"openai","model":"%s","promptVersion":"v%d","endpointTag":"%s",' ..
    '"userId":"u%d","team":"team%d","inputTokens":%d,"outputTokens":%d,"cachedInputTokens":%d,"latencyMs":%d,"status":"success"%s',
    tid, counter, math.random(1, 1000000000), models[counter % #models + 1], counter % 3, tags[counter % #tags + 1],
    counter % 200, counter % 5, 800 + counter % 400, 150 + counter % 90, counter % 300, 300 + counter % 900, content)
end

-- Each thread draws its own random ids (a thread's Lua state starts from the same seed).
function init(args)
  local seed = run
  for i = 1, #tid do seed = (seed * 31 + tid:byte(i)) % 2147483647 end
  math.randomseed(seed)
end

request = function()
  local headers = { ["Content-Type"] = "application/json", ["X-API-Key"] = key }
  if batch <= 1 then
    return wrk.format("POST", "/v1/ingest", headers, event())
  end
  local events = {}
  for i = 1, batch do events[i] = event() end
  return wrk.format("POST", "/v1/ingest/batch", headers, '{"events":[' .. table.concat(events, ",") .. ']}')
end

if rate > 0 then
  -- Each connection waits this long before its next request; a response takes about a millisecond more.
  local pause = math.max(0, connections * 1000 / rate - 1)
  delay = function() return pause end
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("events/s: %.0f  requests/s: %.0f  non-2xx: %d  p50: %.1f ms  p95: %.1f ms  p99: %.1f ms\n",
    summary.requests * batch / seconds, summary.requests / seconds, summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
