-- wrk script of bench/run-search-load.sh: every request is GET /api/search?q=<next line of $QUERIES><$QUERY_SUFFIX>, so the
-- load spreads over common and rare terms instead of hammering one cached-looking query. Each wrk thread has its
-- own Lua state and starts at another place in the list.
local paths = {}
local position = 0

local function encode(text)
  return (text:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function setup(thread)
  thread:set("offset", tostring(math.random(1, 1000)))
end

function init(args)
  local file = assert(io.open(assert(os.getenv("QUERIES"), "QUERIES is not set"), "r"))
  for line in file:lines() do
    if #line > 0 then
      paths[#paths + 1] = { "/api/search?q=" .. encode(line), os.getenv("QUERY_SUFFIX") or "" }
    end
  end
  file:close()
  assert(#paths > 0, "no queries in " .. os.getenv("QUERIES"))
  position = tonumber(offset or "0") % #paths
end

-- UNCACHED=1 appends three random German stop words ("der", "und", ...): the analyzer drops them, so the search does
-- the same work, but every request is a new key for the platform's answer cache (about 1,000 combinations per query).
local stopwords = { "der", "die", "das", "und", "oder", "mit", "von", "zu", "im", "auf" }
local uncached = os.getenv("UNCACHED") == "1"

function request()
  position = position % #paths + 1
  local path = paths[position]
  if uncached then
    local noise = "%20" .. stopwords[math.random(#stopwords)] .. "%20" .. stopwords[math.random(#stopwords)] .. "%20" .. stopwords[math.random(#stopwords)]
    return wrk.format("GET", path[1] .. noise .. path[2])
  end
  return wrk.format("GET", path[1] .. path[2])
end

-- one line for the script: wrk's own --latency table has no p95
local function print_latency(latency)
  io.write(string.format("latency: p50=%d p90=%d p95=%d p99=%d max=%d\n",
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99), latency.max))
end

function done(summary, latency, requests)
  print_latency(latency)
end
