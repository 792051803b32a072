#!/usr/bin/env bash
# Throughput and latency of a person read (wrk; default GET /persons/{cpr}, or the path template given, e.g.
# /persons/%s/choice-list) next to the machine's own baseline, pgbench -S (select-only) on the same PostgreSQL,
# in one run. Starts the service from the shaded jar in the dev environment (embedded
# PostgreSQL on 54329 with the demo data), measures, stops it. Loopback only; every load is bounded in time.
#
#   ./mvnw -B -ntp -DskipTests package && benchmarks/person-reads.sh [seconds] [connections] [path-template]
#
# Needs wrk and pgbench (Debian: apt-get install wrk postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-30}
CONNECTIONS=${2:-32}
export PATH_TEMPLATE=${3:-/persons/%s}
find_java_21() {
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    version=$("$candidate/bin/java" -version 2>&1 | grep -oE 'version "[0-9]+' | grep -oE '[0-9]+$' || true)
    if [ "${version:-0}" -ge 21 ]; then echo "$candidate/bin/java"; return; fi
  done
  echo "no JDK 21+ found" >&2; exit 1
}
JAVA=${JAVA:-$(find_java_21)}
PG="psql -h localhost -p 54329 -U postgres -v ON_ERROR_STOP=1 -qAt"
WORK=$(mktemp -d)

MICRONAUT_ENVIRONMENTS=dev LOG_LEVEL=WARN "$JAVA" -Xmx1g -jar adapters/server/target/sygesikring.jar > "$WORK/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 600); do curl -sf localhost:8080/health/readiness >/dev/null && break; sleep 0.1; done

$PG -d postgres -c "SELECT 1 FROM pg_database WHERE datname = 'pgbench'" | grep -q 1 || $PG -d postgres -c "CREATE DATABASE pgbench"
pgbench -h localhost -p 54329 -U postgres -i -s 10 -q pgbench > /dev/null 2>&1
$PG -d postgres -c "SELECT cpr FROM person WHERE cpr_status = 'ACTIVE'" > "$WORK/cprs.txt"
TOKEN=$(curl -s -X POST localhost:8080/dev/tokens -H 'Content-Type: application/json' \
  -d '{"role":"CASEWORKER","municipality":"101","caseworkerId":"cw-bench"}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')

echo "warm-up (10 s)"
CPR_FILE="$WORK/cprs.txt" TOKEN=$TOKEN wrk -t2 -c"$CONNECTIONS" -d10s -s benchmarks/person-reads.lua http://localhost:8080 > /dev/null

echo "pgbench -S: $CONNECTIONS clients, $DURATION s"
pgbench -h localhost -p 54329 -U postgres -S -c "$CONNECTIONS" -j 2 -T "$DURATION" pgbench 2>/dev/null \
  | grep -E 'tps|latency average' | sed 's/^/  /'
echo "wrk GET $PATH_TEMPLATE: $CONNECTIONS connections, $DURATION s, $(wc -l < "$WORK/cprs.txt") distinct persons"
CPR_FILE="$WORK/cprs.txt" TOKEN=$TOKEN wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s benchmarks/person-reads.lua http://localhost:8080 \
  | grep RESULT | sed 's/^/  /'
echo "service resident memory: $(ps -o rss= -p $SERVICE | awk '{printf "%.0f MiB", $1/1024}')"
echo "audit lines written by the run: $($PG -d postgres -c "SELECT count(*) FROM audit_log WHERE actor_id = 'cw-bench'")"
