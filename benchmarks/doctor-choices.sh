#!/usr/bin/env bash
# Throughput of doctor-choice creation (wrk POST /doctor-choices, each request a new person choosing a doctor in
# their municipality) next to the machine's own baseline, pgbench -S on the same PostgreSQL, in one run. Starts the
# service from the shaded jar in the dev environment on a fresh embedded PostgreSQL of its own (port 54339, a
# temporary data directory with the demo data), so the dev database is not touched; the LUNA simulator confirms
# the choices while the load runs. Loopback only; every load is bounded in time.
#
#   ./mvnw -B -ntp -DskipTests package && benchmarks/doctor-choices.sh [seconds] [connections]
#
# Needs wrk and pgbench (Debian: apt-get install wrk postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-10}
CONNECTIONS=${2:-16}
find_java_21() {
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    version=$("$candidate/bin/java" -version 2>&1 | grep -oE 'version "[0-9]+' | grep -oE '[0-9]+$' || true)
    if [ "${version:-0}" -ge 21 ]; then echo "$candidate/bin/java"; return; fi
  done
  echo "no JDK 21+ found" >&2; exit 1
}
JAVA=${JAVA:-$(find_java_21)}
PORT=54339
PG="psql -h localhost -p $PORT -U postgres -v ON_ERROR_STOP=1 -qAt"
WORK=$(mktemp -d)

MICRONAUT_ENVIRONMENTS=dev LOG_LEVEL=WARN SYGESIKRING_EMBEDDED_POSTGRES_PORT=$PORT \
  SYGESIKRING_EMBEDDED_POSTGRES_DATA_DIRECTORY="$WORK/postgres" \
  "$JAVA" -Xmx1g -jar adapters/server/target/sygesikring.jar > "$WORK/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 900); do curl -sf localhost:8080/health/readiness >/dev/null && break; sleep 0.1; done
for _ in $(seq 1 300); do
  [ "$($PG -d postgres -c "SELECT count(*) FROM registration" 2>/dev/null || echo 0)" -gt 0 ] && break; sleep 0.2
done

$PG -d postgres -c "SELECT 1 FROM pg_database WHERE datname = 'pgbench'" | grep -q 1 || $PG -d postgres -c "CREATE DATABASE pgbench"
pgbench -h localhost -p $PORT -U postgres -i -s 10 -q pgbench > /dev/null 2>&1
# adults in group 1 today, each with a regular practice of their own municipality, cycling through the practices
$PG -d postgres -F ' ' -c "
  WITH adults AS (
    SELECT p.cpr, p.municipality_code, row_number() OVER (PARTITION BY p.municipality_code ORDER BY p.cpr) AS n
    FROM person p
    WHERE p.cpr_status = 'ACTIVE'
      AND (SELECT r.group_number FROM registration r WHERE r.cpr = p.cpr AND r.valid_from <= current_date
           ORDER BY r.valid_from DESC, r.registered_at DESC LIMIT 1) = 1
  ), practices AS (
    SELECT provider_number, municipality_code,
           row_number() OVER (PARTITION BY municipality_code ORDER BY provider_number) AS n,
           count(*) OVER (PARTITION BY municipality_code) AS total
    FROM practitioner WHERE kind = 'REGULAR'
  )
  SELECT a.cpr, pr.provider_number FROM adults a
  JOIN practices pr ON pr.municipality_code = a.municipality_code AND pr.n = (a.n % pr.total) + 1
  ORDER BY md5(a.cpr)" > "$WORK/pairs.txt"
TOKEN=$(curl -s -X POST localhost:8080/dev/tokens -H 'Content-Type: application/json' \
  -d '{"role":"CASEWORKER","municipality":"101","caseworkerId":"cw-bench"}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
# warm the JIT on reads, not on the persons the measurement chooses for
$PG -d postgres -c "SELECT cpr FROM person WHERE cpr_status = 'ACTIVE'" > "$WORK/cprs.txt"
CPR_FILE="$WORK/cprs.txt" TOKEN=$TOKEN PATH_TEMPLATE=/persons/%s/choice-list wrk -t2 -c"$CONNECTIONS" -d10s \
  -s benchmarks/person-reads.lua http://localhost:8080 > /dev/null

echo "pgbench -S: $CONNECTIONS clients, $DURATION s"
pgbench -h localhost -p $PORT -U postgres -S -c "$CONNECTIONS" -j 2 -T "$DURATION" pgbench 2>/dev/null \
  | grep -E 'tps|latency average' | sed 's/^/  /'
echo "wrk POST /doctor-choices: $CONNECTIONS connections, $DURATION s, $(wc -l < "$WORK/pairs.txt") persons to choose for"
PAIRS_FILE="$WORK/pairs.txt" TOKEN=$TOKEN VALID_FROM=$(date +%F) wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency \
  -s benchmarks/doctor-choices.lua http://localhost:8080 | grep RESULT | sed 's/^/  /'
sleep 3
echo "doctor choices by state 3 s after the load:"
$PG -d postgres -F ' ' -c "SELECT state, count(*) FROM doctor_choice GROUP BY state ORDER BY state" | sed 's/^/  /'
echo "LUNA outbox: $($PG -d postgres -c "SELECT count(*) FILTER (WHERE state = 'CONFIRMED') || ' delivered, ' || count(*) FILTER (WHERE state = 'PENDING') || ' waiting, ' || count(*) FILTER (WHERE state = 'REFUSED') || ' refused' FROM outbox WHERE kind = 'LUNA_REGISTRATION'")"
echo "service resident memory: $(ps -o rss= -p $SERVICE | awk '{printf "%.0f MiB", $1/1024}')"
