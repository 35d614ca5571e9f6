#!/usr/bin/env bash
# Load test of GET /api/search on a synthetic corpus of 50,000 German articles, through the real platform.
#
#   bench/run-search-load.sh                       # 50,000 articles, 32 connections, 5 s warm-up, 15 s measured, 2 rounds
#   COUNT=5000 DURATION=10 bench/run-search-load.sh
#   FRESH=1 bench/run-search-load.sh               # rebuild the cached corpus and store (after changes to the corpus,
#                                                  # the import or the index schema; the first run takes ~13 min more)
#
# 1. builds Release, publishes the platform to a temp folder;
# 2. writes the corpus once ("search-corpus" bench command: seed files of 20 dossiers and COUNT articles in import
#    folders of 20,000, plus the query lists), cached in $CACHE (/tmp by default);
# 3. once: first start seeds content-seed, then the platform's "import" command loads the corpus folders (validation,
#    store, snapshot, search indexes) into a cached data folder; every run works on a copy of that folder;
# 4. starts the platform START_RUNS times on the full store: process start -> first 200 of /api/search;
# 5. runs wrk against /api/search, rotating over single-term and two-term query lists (rotate-queries.lua);
# 6. publishes a new article with a unique word through the editor API (PUT + publish) and polls /api/search until
#    it is found, PUBLISH_RUNS times;
# 7. prints a Markdown summary (also $WORK/summary.md).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
COUNT=${COUNT:-50000}
PART_SIZE=${PART_SIZE:-20000}
PORT=${PORT:-5190}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-5}
DURATION=${DURATION:-15}
ROUNDS=${ROUNDS:-2}
START_RUNS=${START_RUNS:-3}
PUBLISH_RUNS=${PUBLISH_RUNS:-3}
TARGET_RPS=${TARGET_RPS:-3000}
FRESH=${FRESH:-0}
KEEP=${KEEP:-0}
CACHE=${CACHE:-/tmp/knowledge-search-corpus-$COUNT-$PART_SIZE}
API_KEY=bench-search-load-key
DATENSCHUTZ_DOSSIER=fe5917ba-ea7a-49e2-ba4a-d6309391e92a
READY_PATH="/api/search?q=datenschutz"
LUA="$ROOT/bench/Sozialinfo.Knowledge.Benchmarks/Search/Load/rotate-queries.lua"

WORK=$(mktemp -d /tmp/knowledge-search-load.XXXXXX)
PIDS=()
log() { printf '[run-search-load] %s\n' "$*" >&2; }

stop_process() {
  local pid=$1
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  for pid in "${PIDS[@]}"; do stop_process "$pid"; done
  if [[ "$KEEP" == 1 ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

forget_pid() { local keep=() p; for p in "${PIDS[@]}"; do [[ "$p" != "$1" ]] && keep+=("$p"); done; PIDS=("${keep[@]+"${keep[@]}"}"); }
port_free() { ! curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$1/"; }
now_ns() { date +%s%N; }
elapsed_ms() { echo $(( ($(now_ns) - $1) / 1000000 )); }
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.0f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%d", ($12 + $13) * 1000 / hz }' "/proc/$1/stat"; }
rss_mb() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
# to_ms <wrk latency like 812.00us, 1.20ms, 1.01s>
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'; }

# wait_for_200 <url> <timeout s> <pid>: polls in a tight loop; fails if the process died
wait_for_200() {
  local url=$1 deadline=$(( $(date +%s) + $2 )) pid=$3 code
  while true; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" || true)
    [[ "$code" == 200 ]] && return 0
    kill -0 "$pid" 2>/dev/null || { log "process $pid exited while waiting for $url"; return 1; }
    (( $(date +%s) > deadline )) && { log "timeout waiting for $url (last HTTP $code)"; return 1; }
    sleep 0.01
  done
}

# start_platform <data folder> <log file> [arguments]: starts the published platform in the background (serving, or
# the command in the arguments); sets PLATFORM_PID
start_platform() {
  local args=("${@:3}")
  (( ${#args[@]} > 0 )) || args=(--urls "http://127.0.0.1:$PORT")
  (
    cd "$WORK/web"
    # wrk drives thousands of requests a second from one address: the per-client search limit (Search:RateLimit,
    # 30 per burst, 10 a second) would answer almost all of them 429, so it is switched off to measure the search.
    exec env \
      ASPNETCORE_ENVIRONMENT=Production \
      Persistence__Provider=Sqlite \
      Persistence__DataFolder="$1" \
      Content__SeedFolder="$ROOT/content-seed" \
      Content__DocumentTypesFolder="$ROOT/umbraco-config/document-types" \
      Umbraco__CMS__DeliveryApi__ApiKey="$API_KEY" \
      Search__RateLimit__Enabled=false \
      Logging__LogLevel__Default=Warning \
      Logging__LogLevel__Sozialinfo=Information \
      dotnet Sozialinfo.Knowledge.Web.dll "${args[@]}"
  ) >>"$2" 2>&1 &
  PLATFORM_PID=$!
  PIDS+=("$PLATFORM_PID")
}

# run_platform_command <data folder> <log file> <command...>: runs a platform command (import, reindex) to its end
run_platform_command() {
  local data=$1 log_file=$2
  shift 2
  start_platform "$data" "$log_file" "$@"
  local pid=$PLATFORM_PID status=0
  wait "$pid" || status=$?
  forget_pid "$pid"
  return "$status"
}

stop_platform() { stop_process "$PLATFORM_PID"; forget_pid "$PLATFORM_PID"; }

# random_letters <n>: n random lower-case letters (a word no article contains and no decompounder splits sensibly)
random_letters() { local word="" i; for i in $(seq 1 "$1"); do word+=$(printf "\\x$(printf %x $((97 + RANDOM % 26)))"); done; echo "$word"; }

# finds_key <query> <key>: whether the key is among the hits of one search response
finds_key() { curl -s -G --data-urlencode "q=$1" "http://127.0.0.1:$PORT/api/search" | jq -e --arg key "$2" '[.items[].id] | index($key) != null' >/dev/null; }

# total_hits <query>: the "total" of one search response
total_hits() { curl -s -G --data-urlencode "q=$1" "http://127.0.0.1:$PORT/api/search" | jq -r '.total'; }

command -v wrk >/dev/null || { log "wrk missing: installing"; apt-get install -y wrk >/dev/null; }
command -v jq >/dev/null || { log "jq missing: installing"; apt-get install -y jq >/dev/null; }
port_free "$PORT" || { log "port $PORT is in use"; exit 1; }

log "building Release (platform + benchmarks) and publishing the platform to $WORK/web"
cd "$ROOT"
dotnet build bench/Sozialinfo.Knowledge.Benchmarks -c Release --nologo -v q -clp:ErrorsOnly >&2
dotnet publish src/Sozialinfo.Knowledge.Web -c Release --no-build --nologo -v q -clp:ErrorsOnly -o "$WORK/web" >&2
BENCH_DLL="$ROOT/bench/Sozialinfo.Knowledge.Benchmarks/bin/Release/net10.0/Sozialinfo.Knowledge.Benchmarks.dll"

# --- 2. the corpus (cached) ---------------------------------------------------------------------------------------
[[ "$FRESH" == 1 ]] && rm -rf "$CACHE"
if [[ ! -f "$CACHE/corpus.done" ]]; then
  rm -rf "$CACHE"; mkdir -p "$CACHE"
  log "writing the corpus ($COUNT articles) to $CACHE/corpus"
  dotnet "$BENCH_DLL" search-corpus --out "$CACHE/corpus" --count "$COUNT" --part-size "$PART_SIZE" >&2
  mv "$CACHE/corpus/queries" "$CACHE/queries"
  touch "$CACHE/corpus.done"
fi

# --- 3. the imported store (cached) -------------------------------------------------------------------------------
# First start seeds content-seed (the corpus hangs below its dossier list), then the platform's import command loads
# the corpus part by part (one import of more than ~32,000 files fails, see SearchCorpusOptions).
IMPORT_NOTE="cached store from an earlier run (FRESH=1 re-imports)"
if [[ ! -f "$CACHE/store.done" ]]; then
  rm -rf "$CACHE/data"; mkdir -p "$CACHE/data"
  log "first start on an empty store: seeding content-seed"
  start_platform "$CACHE/data" "$WORK/import.log"
  wait_for_200 "http://127.0.0.1:$PORT$READY_PATH" 300 "$PLATFORM_PID" || { tail -50 "$WORK/import.log" >&2; exit 1; }
  stop_platform
  IMPORT_NOTE="import through the platform's import command:"
  for part in "$CACHE"/corpus/part-*; do
    files=$(find "$part" -name '*.md' | wc -l)
    log "importing $part ($files files)"
    t0=$(now_ns)
    run_platform_command "$CACHE/data" "$WORK/import.log" import "$part" || { grep -v '^ *at ' "$WORK/import.log" | tail -30 >&2; exit 1; }
    ms=$(elapsed_ms "$t0")
    log "  $files files in $ms ms: $(grep -oE 'Search index ExternalIndex rebuilt[^:]*: [0-9]+ documents in [0-9]+ ms' "$WORK/import.log" | tail -1)"
    IMPORT_NOTE="$IMPORT_NOTE $(basename "$part") $files files in $(( ms / 1000 )) s;"
  done
  grep -E "Imported|Rejected|snapshot|rebuilt|ready" "$WORK/import.log" | sed 's/^/    /' >&2 || true
  IMPORT_NOTE="${IMPORT_NOTE%;} (each import also rebuilds the three search indexes over the whole store)"
  touch "$CACHE/store.done"
fi
DATA="$WORK/data"
cp -r "$CACHE/data" "$DATA"

# --- 4. start-up on the full store --------------------------------------------------------------------------------
log "start-up on the full store, $START_RUNS runs"
: >"$WORK/startup.txt"; : >"$WORK/startup-cpu.txt"
for run in $(seq 1 "$START_RUNS"); do
  t0=$(now_ns); start_platform "$DATA" "$WORK/startup-$run.log"
  wait_for_200 "http://127.0.0.1:$PORT$READY_PATH" 600 "$PLATFORM_PID" || { tail -50 "$WORK/startup-$run.log" >&2; exit 1; }
  ms=$(elapsed_ms "$t0"); cpu=$(cpu_ms "$PLATFORM_PID")
  echo "$ms" >>"$WORK/startup.txt"; echo "$cpu" >>"$WORK/startup-cpu.txt"
  log "  run $run: ${ms} ms wall, ${cpu} ms CPU, RSS $(rss_mb "$PLATFORM_PID") MB; $(grep -o 'Content ready in.*' "$WORK/startup-$run.log" | head -1)"
  if grep -q "Search index .* rebuilt" "$WORK/startup-$run.log"; then
    log "  WARNING: the cached indexes were rebuilt at start (index schema changed?): this start-up is not comparable; run with FRESH=1"
    START_WARNING=" (indexes rebuilt at start: cached store is stale, re-run with FRESH=1)"
  fi
  stop_platform
done
START_MEDIAN=$(median <"$WORK/startup.txt")
START_ALL=$(paste -sd, "$WORK/startup.txt" | sed 's/,/, /g')
START_CPU=$(median <"$WORK/startup-cpu.txt")
START_DETAIL=$(grep -hoE 'Content snapshot [0-9]+ built in [0-9]+ ms: [0-9]+ published|Content ready in [0-9]+ ms' "$WORK/startup-1.log" | sed -E 's/snapshot [0-9]+ built/snapshot built/' | paste -sd';' | sed 's/;/; /g')

# --- 5. load ------------------------------------------------------------------------------------------------------
log "starting the platform for the load runs"
start_platform "$DATA" "$WORK/platform.log"
wait_for_200 "http://127.0.0.1:$PORT$READY_PATH" 600 "$PLATFORM_PID" || { tail -50 "$WORK/platform.log" >&2; exit 1; }
STORE_PUBLISHED=$(grep -oE 'Content snapshot [0-9]+ built in [0-9]+ ms: [0-9]+ published' "$WORK/platform.log" | tail -1 | awk '{ print $(NF-1) }')

SUMMARY="$WORK/summary.md"
{
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM; $(dotnet --version) SDK; corpus $COUNT articles + content-seed (${STORE_PUBLISHED:-?} published items); wrk -t$THREADS -c$CONNECTIONS, ${WARMUP} s warm-up + ${DURATION} s per round"
  echo
  echo "| Scenario | Round | req/s | p50 | p90 | p99 | max | Platform CPU per request (all $(nproc) cores at that cost) | Errors | Target | Result |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
} >"$SUMMARY"

# name | query list | query-string suffix. "take=1" renders one hit instead of ten: the difference is the per-hit
# cost (stored fields and snippet highlighting), the rest is query, scoring and facets.
SCENARIOS=(
  "single-term|single-term|"
  "two-term|two-term|"
  "single-term, take=1|single-term|&take=1"
)

LOAD_BEFORE=$(loadavg)
for scenario in "${SCENARIOS[@]}"; do
  IFS='|' read -r name list suffix <<<"$scenario"
  queries="$CACHE/queries/$list.txt"
  if [[ -z "$suffix" ]]; then
    hits=$(while IFS= read -r q; do total_hits "$q"; done <"$queries" | sort -n)
    log "$name: $(wc -l <"$queries") queries; hits per query min $(head -1 <<<"$hits"), median $(median <<<"$hits"), max $(tail -1 <<<"$hits")"
    echo "$name: $(wc -l <"$queries") queries, total hits per query min $(head -1 <<<"$hits") / median $(median <<<"$hits") / max $(tail -1 <<<"$hits")" >>"$WORK/hits.txt"
  fi
  QUERIES="$queries" QUERY_SUFFIX="$suffix" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$LUA" "http://127.0.0.1:$PORT" >/dev/null
  for round in $(seq 1 "$ROUNDS"); do
    out="$WORK/wrk-${name//[ ,=]/-}-$round.txt"
    cpu_before=$(cpu_ms "$PLATFORM_PID")
    QUERIES="$queries" QUERY_SUFFIX="$suffix" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$LUA" "http://127.0.0.1:$PORT" >"$out"
    cpu=$(( $(cpu_ms "$PLATFORM_PID") - cpu_before ))
    requests=$(awk '/requests in/ { print $1 }' "$out")
    rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")
    p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")
    p90=$(to_ms "$(awk '$1 == "90%" { print $2 }' "$out")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
    max=$(to_ms "$(awk '$1 == "Latency" { print $4 }' "$out")")
    # Platform CPU per request is the noise-resistant figure: other processes on the cores lower req/s, not this.
    cpu_per_request=$(awk -v c="$cpu" -v n="$requests" 'BEGIN { printf "%.2f", (n > 0 ? c / n : 0) }')
    cores_limit=$(awk -v c="$cpu_per_request" -v k="$(nproc)" 'BEGIN { printf "%.0f", (c > 0 ? k * 1000 / c : 0) }')
    errors=$(awk '/Non-2xx|Socket errors/ { e = e $0 "; " } END { print e }' "$out")
    if (( ${rps:-0} >= TARGET_RPS )) && [[ -z "$errors" ]]; then result=pass; else result=FAIL; fi
    log "  round $round: $rps req/s, p50 $p50 ms, p90 $p90 ms, p99 $p99 ms, max $max ms, platform CPU $cpu_per_request ms/request ${errors:+($errors)}| $result"
    echo "| $name | $round | $rps | $p50 ms | $p90 ms | $p99 ms | $max ms | $cpu_per_request ms ($cores_limit req/s) | ${errors:-none} | >= $TARGET_RPS req/s | $result |" >>"$SUMMARY"
  done
done
LOAD_AFTER=$(loadavg)
LOAD_RSS=$(rss_mb "$PLATFORM_PID")

# --- 6. publish to visible ----------------------------------------------------------------------------------------
log "publish to visible, $PUBLISH_RUNS runs"
: >"$WORK/visible.txt"
for run in $(seq 1 "$PUBLISH_RUNS"); do
  word="qzx$(random_letters 10)"
  key=$(cat /proc/sys/kernel/random/uuid)
  body=$(jq -n --arg parent "$DATENSCHUTZ_DOSSIER" --arg word "$word" '{
    culture: "de-CH", contentType: "article", parentKey: $parent, name: ("Lastprobe " + $word), segment: ("lastprobe-" + $word), sortOrder: 99,
    properties: { lead: ("Ein Beitrag, der nur für die Messung publish-to-visible existiert: " + $word + "."),
      body: ("## Messung\n\nDas Wort " + $word + " steht nur in diesem Beitrag."), author: "Lasttest",
      tags: ["dc-dimension:datenschutz", "format:artikel"] } }')
  t0=$(now_ns)
  code=$(curl -s -o "$WORK/put-$run.json" -w '%{http_code}' -X PUT -H "Api-Key: $API_KEY" -H 'Content-Type: application/json' \
    --data "$body" "http://127.0.0.1:$PORT/api/content/$key")
  put_ms=$(elapsed_ms "$t0")
  [[ "$code" == 201 ]] || { log "PUT answered $code: $(head -c 500 "$WORK/put-$run.json")"; exit 1; }
  code=$(curl -s -o "$WORK/publish-$run.json" -w '%{http_code}' -X POST -H "Api-Key: $API_KEY" "http://127.0.0.1:$PORT/api/content/$key/publish")
  published_ms=$(elapsed_ms "$t0")
  [[ "$code" == 200 ]] || { log "publish answered $code: $(head -c 500 "$WORK/publish-$run.json")"; exit 1; }
  polls=0
  until finds_key "$word" "$key"; do
    polls=$((polls + 1))
    (( $(elapsed_ms "$t0") > 120000 )) && { log "article with «$word» not found after 120 s"; exit 1; }
    sleep 0.01
  done
  visible_ms=$(elapsed_ms "$t0")
  echo "$visible_ms" >>"$WORK/visible.txt"
  log "  run $run: PUT ${put_ms} ms, PUT + publish ${published_ms} ms, found by /api/search after ${visible_ms} ms ($polls empty polls)"
  echo "| $run | $put_ms ms | $published_ms ms | $visible_ms ms | $polls |" >>"$WORK/visible-table.txt"
done

{
  echo
  echo "| Start-up on the full store | process start -> first 200 of $READY_PATH |"
  echo "|---|---|"
  echo "| median of $START_RUNS | ${START_MEDIAN} ms (runs: $START_ALL ms; CPU median ${START_CPU} ms)${START_WARNING:-} |"
  echo "| platform log, run 1 | ${START_DETAIL:-n/a} |"
  echo
  echo "| Publish to visible | PUT | PUT + publish | found by /api/search | empty polls |"
  echo "|---|---|---|---|---|"
  cat "$WORK/visible-table.txt"
  echo
  sed 's/^/Queries: /' "$WORK/hits.txt"
  echo "Import: $IMPORT_NOTE."
  echo "Platform RSS after the load runs: ${LOAD_RSS} MB. Load average before the load runs: $LOAD_BEFORE; after: $LOAD_AFTER (1, 5, 15 min; other processes on the 2 cores skew every figure)."
} >>"$SUMMARY"
cat "$SUMMARY"
