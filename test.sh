#!/usr/bin/env bash
# The README's test command: installs and starts what the tests need (PostgreSQL on loopback, Debian's Chromium),
# then runs the whole suite with `dotnet test`. Quick when everything is already installed and running.
set -euo pipefail
cd "$(dirname "$0")"

need_install=()
command -v pg_ctlcluster >/dev/null 2>&1 || need_install+=(postgresql)
command -v chromium >/dev/null 2>&1 || need_install+=(chromium)
if [ ${#need_install[@]} -gt 0 ]; then
  echo "test.sh: installing ${need_install[*]} (Debian packages)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_install[@]}" >/dev/null
fi

pg_version="$(ls /usr/lib/postgresql | sort -n | tail -1)"
if ! pg_lsclusters -h 2>/dev/null | grep -q "^${pg_version} main"; then
  pg_createcluster "${pg_version}" main >/dev/null
fi
if ! pg_lsclusters -h | grep -q "^${pg_version} main .* online"; then
  pg_ctlcluster "${pg_version}" main start
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
su postgres -c "psql -q -tAc \"SELECT 1 FROM pg_roles WHERE rolname='knowledge'\"" | grep -q 1 \
  || su postgres -c "psql -q -c \"CREATE ROLE knowledge LOGIN SUPERUSER PASSWORD 'knowledge'\""

export KNOWLEDGE_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Username=knowledge;Password=knowledge;Database=postgres"
export KNOWLEDGE_TEST_CHROMIUM="/usr/bin/chromium"
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

dotnet build Sozialinfo.Knowledge.sln -c Release -warnaserror
dotnet test --solution Sozialinfo.Knowledge.sln -c Release --no-build "$@"
