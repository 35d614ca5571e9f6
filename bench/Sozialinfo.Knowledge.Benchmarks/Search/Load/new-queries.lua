-- wrk script of bench/run-search-load.sh for queries the platform has never seen: every request is
-- GET /api/search?q=<text> with a text generated for that request, so the answer cache cannot answer it (what most
-- real readers' queries are). MODE picks the shape:
--   known          2 or 3 distinct words of $WORDS (the corpus query vocabulary), in random order
--   known-number   2 words of $WORDS and a number 1..9999 (the shape of issue 13's first table)
--   typo           as known, one word replaced by one of its typos in $TYPOS ("word<TAB>typo": one inner letter
--                  dropped, checked by the script to answer with a suggestion)
--   typo-wide      as known, one word replaced by a line of $TYPOS_WIDE (inner letter dropped from any corpus title
--                  word: thousands of typos, so the per-index-version correction table rarely knows one)
--   unknown3       three random 9-letter words; unknown10: ten
--   worst-*        candidates for the most expensive text a client can send (up to MAX_LENGTH = 200 characters), built
--                  from $DENSE (the words in nearly every article) or $SYNONYM_WORDS; docs/performance.md says which
--                  one the script's "worst" is, and why
--   fill           "cachefill<n>x<thread>": cheap, never-repeated texts that fill the answer cache (see the script)
-- Each wrk thread seeds its own random source and re-draws a text it has sent before. response() counts non-200
-- answers, answers with timedOut:true and answers with a suggestion; done() prints them on one line for the script.
local MAX_LENGTH = tonumber(os.getenv("MAX_LENGTH") or "200")
local mode = assert(os.getenv("MODE"), "MODE is not set")
local threads = {}

local words, typos, typos_of, wide, dense, synonym_words = {}, {}, {}, {}, {}, {}
local seen, counter = {}, 0
-- globals: done() reads them from each thread with thread:get
answers, non200, timed_out, suggested, repeats = 0, 0, 0, 0, 0

local function encode(text)
  return (text:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function lines(path, into)
  if not path then return into end
  local file = assert(io.open(path, "r"))
  for line in file:lines() do
    if #line > 0 then into[#into + 1] = line end
  end
  file:close()
  return into
end

local function urandom()
  local file = assert(io.open("/dev/urandom", "rb"))
  local bytes = file:read(4)
  file:close()
  local a, b, c, d = bytes:byte(1, 4)
  return ((a * 256 + b) * 256 + c) * 256 + d
end

function setup(thread)
  thread:set("seed", tostring(urandom()))
  thread:set("id", tostring(#threads + 1))
  threads[#threads + 1] = thread
end

function init(args)
  math.randomseed(tonumber(seed))
  lines(os.getenv("WORDS"), words)
  lines(os.getenv("DENSE"), dense)
  lines(os.getenv("TYPOS_WIDE"), wide)
  lines(os.getenv("SYNONYM_WORDS"), synonym_words)
  for _, line in ipairs(lines(os.getenv("TYPOS"), {})) do
    local word, typo = line:match("^([^\t]+)\t(.+)$")
    if word then
      if not typos_of[word] then typos_of[word] = {}; typos[#typos + 1] = word end
      table.insert(typos_of[word], typo)
    end
  end
end

local function pick(list) return list[math.random(#list)] end

-- n distinct entries of list, in random order
local function distinct(list, n)
  local chosen, taken = {}, {}
  while #chosen < n do
    local i = math.random(#list)
    if not taken[i] then taken[i] = true; chosen[#chosen + 1] = list[i] end
  end
  return chosen
end

local function letters(n)
  local t = {}
  for i = 1, n do t[i] = string.char(96 + math.random(26)) end
  return table.concat(t)
end

-- words of generator() joined by separator until MAX_LENGTH (minus reserve) is reached
local function fill_to(generator, separator, reserve)
  local parts, length = {}, 0
  while true do
    local word = generator()
    local extra = (#parts > 0 and #separator or 0) + #word
    if length + extra > MAX_LENGTH - (reserve or 0) then break end
    parts[#parts + 1] = word
    length = length + extra
  end
  return table.concat(parts, separator)
end

-- a generator of the dense words in a new random order, each once before any repeats
local function dense_words()
  local order, next_index = {}, 1
  return function()
    if next_index > #order then
      for i = 1, #dense do order[i] = dense[i] end
      for i = #order, 2, -1 do local j = math.random(i); order[i], order[j] = order[j], order[i] end
      next_index = 1
    end
    next_index = next_index + 1
    return order[next_index - 1]
  end
end

local function known(n)
  return distinct(words, n or math.random(2, 3))
end

local shapes = {}

shapes["known"] = function() return table.concat(known(), " ") end

shapes["known-number"] = function() return table.concat(known(2), " ") .. " " .. math.random(1, 9999) end

-- typo and 1 or 2 further words of $WORDS (never the typo's own word), in random order
local function around(typo, word)
  local chosen = { typo }
  local n = math.random(2, 3)
  while #chosen < n do
    local other = pick(words)
    local fresh = other ~= word
    for _, taken in ipairs(chosen) do fresh = fresh and taken ~= other end
    if fresh then table.insert(chosen, math.random(#chosen + 1), other) end
  end
  return table.concat(chosen, " ")
end

shapes["typo"] = function()
  local word = pick(typos)
  return around(pick(typos_of[word]), word)
end

shapes["typo-wide"] = function() return around(pick(wide), nil) end

shapes["unknown3"] = function() return letters(9) .. " " .. letters(9) .. " " .. letters(9) end

shapes["unknown10"] = function()
  local t = {}
  for i = 1, 10 do t[i] = letters(9) end
  return table.concat(t, " ")
end

-- 200 characters of the densest words, space-separated (every word a term disjunction over all articles)
shapes["worst-dense"] = function() return fill_to(dense_words(), " ") end

-- the same as one quoted phrase: a MUST phrase over every text field, positions of every article read
shapes["worst-phrase"] = function() return '"' .. fill_to(dense_words(), " ", 2) .. '"' end

-- quoted pairs of dense words: many MUST phrases
shapes["worst-phrases"] = function()
  local next_word = dense_words()
  return fill_to(function() return '"' .. next_word() .. " " .. next_word() .. '"' end, " ")
end

-- hyphen chains of dense words: every part a word, plus the joined (unknown) compound looked up as a typo
shapes["worst-hyphen"] = function()
  local next_word = dense_words()
  return fill_to(function()
    local chain = {}
    for i = 1, math.random(3, 5) do chain[i] = next_word() end
    return table.concat(chain, "-")
  end, " ")
end

-- glued dense words: unknown compounds, looked up as typos, split into their dense parts over every field
shapes["worst-compound"] = function()
  local next_word = dense_words()
  return fill_to(function() return next_word() .. next_word() .. next_word() end, " ")
end

-- random long words: every one unknown, three looked up at edit distance 1 and 2
shapes["worst-random"] = function() return fill_to(function() return letters(math.random(12, 20)) end, " ") end

-- three random 9-letter words (the typo lookups) and dense words for the rest
shapes["worst-mix"] = function()
  local head = letters(9) .. " " .. letters(9) .. " " .. letters(9) .. " "
  return head .. fill_to(dense_words(), " ", #head)
end

-- one-word terms of the synonym table ($SYNONYM_WORDS: "Onlineberatung", "NPO", "DSG" ...): each adds its group's
-- other terms, the ones of several words as phrases ("Beratung online", "gemeinnützige Organisation"), which leave the
-- fast term-at-a-time path and read positions
shapes["worst-synonyms"] = function()
  local order = {}
  for i = 1, #synonym_words do order[i] = synonym_words[i] end
  for i = #order, 2, -1 do local j = math.random(i); order[i], order[j] = order[j], order[i] end
  local next_index = 0
  return fill_to(function() next_index = next_index % #order + 1; return order[next_index] end, " ")
end

shapes["fill"] = function()
  counter = counter + 1
  return "cachefill" .. counter .. "x" .. id
end

local shape = assert(shapes[mode], "unknown MODE " .. mode)

function request()
  local text = shape()
  for _ = 1, 20 do
    if not seen[text] then break end
    text = shape()
  end
  if seen[text] then repeats = repeats + 1 end
  seen[text] = true
  return wrk.format("GET", "/api/search?q=" .. encode(text))
end

function response(status, headers, body)
  answers = answers + 1
  if status ~= 200 then
    non200 = non200 + 1
  elseif body then
    if body:find('"timedOut":true', 1, true) then timed_out = timed_out + 1 end
    if body:find('"suggestion":"', 1, true) then suggested = suggested + 1 end
  end
end

-- one line for the script: wrk's own --latency table has no p95
local function print_latency(latency)
  io.write(string.format("latency: p50=%d p90=%d p95=%d p99=%d max=%d\n",
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99), latency.max))
end

function done(summary, latency, wrk_requests)
  print_latency(latency)
  local totals = { requests = 0, non200 = 0, timedOut = 0, suggested = 0, repeats = 0 }
  for _, thread in ipairs(threads) do
    totals.requests = totals.requests + tonumber(thread:get("answers"))
    totals.non200 = totals.non200 + tonumber(thread:get("non200"))
    totals.timedOut = totals.timedOut + tonumber(thread:get("timed_out"))
    totals.suggested = totals.suggested + tonumber(thread:get("suggested"))
    totals.repeats = totals.repeats + tonumber(thread:get("repeats"))
  end
  io.write(string.format("new-queries: mode=%s answers=%d non200=%d timedOut=%d suggestion=%d repeats=%d\n",
    mode, totals.requests, totals.non200, totals.timedOut, totals.suggested, totals.repeats))
end
