#!/usr/bin/env bash
# Benchmark of the batch jobs on PostgreSQL (not a test): generates a region, starts a WildFly of its
# own on a database of its own, imports the region, then times attendance-reconciliation (one week and
# the whole quarter) and period-analytics against the same work done as set-based SQL (the baseline,
# run first and rolled back). Prints rows per second and the ratio job/baseline.
#
#   ear/bench/batch-benchmark.sh [S|M|L] [port-offset] [database]
#   BENCH_RANGES="week" ear/bench/batch-benchmark.sh L   # reconciliation of the week only (the quarter's
#                                                        # baseline alone takes over half an hour at L)
#   BENCH_KEEP=1 ...     leaves the server running and the database in place after the run;
#   BENCH_REUSE=1 ...    measures again on what a BENCH_KEEP run left (no generation, no import).
#   BENCH_IMPORT_ONLY=1 ... stops after region-import (and its reference, below).
#   BENCH_EAR=/path/to.ear ... deploys that EAR instead of ear/target/ejournal.ear (a "before" build).
#
# The reference of region-import is PostgreSQL's COPY of the same CSV files into text staging tables
# (one per file, a text column per header field; psql's \copy in one session, one transaction, rolled
# back), timed right before the import on the same database: the import's floor. Twice: into ordinary
# tables (what the import's own staging table is: it must outlive a chunk's transaction) and into
# temporary ones (no WAL: the lowest floor).
#
# Needs: a built tree (mvn -B -ntp verify -DskipITs), PostgreSQL on 127.0.0.1:5432 (user postgres),
# python3. The database (default bench6) is created and dropped by the script.
set -euo pipefail
cd "$(dirname "$0")/../.."

SIZE="${1:-M}"
OFFSET="${2:-440}"
DB="${3:-bench6}"
export PGPASSWORD="${PGPASSWORD:-postgres}"
PSQL=(psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1)
WORK="${BENCH_WORK:-/tmp/ejournal-bench-$SIZE}"
JBOSS="$PWD/ear/target/wildfly-39.0.1.Final"
HTTP="http://127.0.0.1:$((8080 + OFFSET))"
# region-wide jobs are the region administrator's
AUTH="region:demo2026"
WEEK_FROM=2025-10-20
WEEK_TO=2025-10-26
Q_FROM=2025-09-01
Q_TO=2025-10-26

if [ -z "${BENCH_REUSE:-}" ]; then
    rm -rf "$WORK" && mkdir -p "$WORK/server/deployments"
    cp -r "$JBOSS/standalone/configuration" "$WORK/server/"
    # A deployment that a run of the demo persisted in the configuration would clash with the EAR copied below.
    sed -i '/<deployments>/,/<\/deployments>/d' "$WORK/server/configuration/standalone.xml"
    # A copy of the server of its own, so that a build of the tree during a long run cannot pull it away.
    cp -r "$JBOSS" "$WORK/wildfly" && JBOSS="$WORK/wildfly"
    cp "${BENCH_EAR:-ear/target/ejournal.ear}" "$WORK/server/deployments/ejournal.ear"

    echo "=== region $SIZE"
    java -cp ear/target/test-classes ru.ejournal.it.batch.RegionGenerator "$SIZE" "$WORK/region" R 2026
    for f in "$WORK"/region/*.csv; do printf '  %-22s %9d rows\n' "$(basename "$f")" "$(($(wc -l < "$f") - 1))"; done

    "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"

    SERVER_PID=""
    cleanup() {
        if [ -n "$SERVER_PID" ]; then
            pkill -9 -P "$SERVER_PID" 2>/dev/null || true
            kill -9 "$SERVER_PID" 2>/dev/null || true
        fi
        "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true
    }
    [ -n "${BENCH_KEEP:-}" ] || trap cleanup EXIT

    JAVA_OPTS="-Xms512m -Xmx2g" "$JBOSS/bin/standalone.sh" -Djboss.server.base.dir="$WORK/server" \
        -Djboss.socket.binding.port-offset="$OFFSET" -Dejournal.db.driver=postgresql \
        -Dejournal.db.url="jdbc:postgresql://127.0.0.1:5432/$DB" -Dejournal.db.user=postgres \
        -Dejournal.db.password="$PGPASSWORD" -Dejournal.demo=true \
        -Djboss.as.management.blocking.timeout=1200 > "$WORK/server.out" 2>&1 &
    SERVER_PID=$!
    # a machine shared with other builds can take minutes to boot (the default boot timeout is 300 s)
    for _ in $(seq 1 1200); do
        curl -sf "$HTTP/health" >/dev/null 2>&1 && break
        sleep 1
    done
    curl -sf "$HTTP/health" >/dev/null
fi

# run JOB QUERY -> prints "seconds read written" of the execution when it ends
run() {
    local id status json
    id=$(curl -sf -u "$AUTH" -X POST "$HTTP/api/batch/jobs/$1?$2" | python3 -c 'import json,sys; print(json.load(sys.stdin)["executionId"])')
    while true; do
        json=$(curl -sf -u "$AUTH" "$HTTP/api/batch/executions/$id")
        status=$(echo "$json" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
        case "$status" in STARTING|STARTED) sleep 1 ;; *) break ;; esac
    done
    echo "$json" | python3 -c '
import json, sys
from datetime import datetime
j = json.load(sys.stdin)
if j["status"] != "COMPLETED":
    sys.exit("job ended " + j["status"] + ": " + json.dumps(j))
t = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))
print("%.1f %d %d %s" % ((t(j["ended"]) - t(j["started"])).total_seconds(), j["read"], j["written"], j["exitStatus"]))'
}

# baseline FILE VARS... -> seconds
baseline() {
    local file=$1; shift
    local start end
    start=$(date +%s.%N)
    "${PSQL[@]}" -d "$DB" "$@" -f "$file" -At >&2
    end=$(date +%s.%N)
    python3 -c "print('%.1f' % ($end - $start))"
}

count() { "${PSQL[@]}" -d "$DB" -Atc "$1"; }

# copy_reference [TEMP] -> seconds of COPY of every exchange file into a text staging table of its own
copy_reference() {
    local script="$WORK/copy-reference.sql" start end f table columns
    echo "BEGIN;" > "$script"
    for f in "$WORK"/region/*.csv; do
        table="stage_$(basename "$f" .csv)"
        columns=$(head -1 "$f" | tr -d '\r' | sed 's/,/ text, /g')
        echo "CREATE ${1:-} TABLE $table ($columns text);" >> "$script"
        echo "\\copy $table FROM '$f' WITH (FORMAT csv, HEADER true)" >> "$script"
    done
    echo "ROLLBACK;" >> "$script"
    start=$(date +%s.%N)
    "${PSQL[@]}" -d "$DB" -f "$script" >&2
    end=$(date +%s.%N)
    python3 -c "print('%.2f' % ($end - $start))"
}

if [ -z "${BENCH_REUSE:-}" ]; then
    echo "=== region-import (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
    c=$(copy_reference)
    ct=$(copy_reference TEMP)
    out=$(run region-import "inputDir=$WORK/region") || exit 1
    read -r t r w _ <<< "$out"
    printf 'region-import: %s s, %s rows read, %s written (%.0f rows/s)\n' "$t" "$r" "$w" "$(python3 -c "print($r / max($t, 0.1))")"
    printf 'COPY of the same files into staging tables: %s s (temporary tables: %s s); region-import / COPY %.2f (/ COPY into temporary tables %.2f) (load average: %s)\n' \
        "$c" "$ct" "$(python3 -c "print($t / max($c, 0.01))")" "$(python3 -c "print($t / max($ct, 0.01))")" "$(cut -d' ' -f1-3 /proc/loadavg)"
    "${PSQL[@]}" -d "$DB" -c "VACUUM ANALYZE"
    [ -z "${BENCH_IMPORT_ONLY:-}" ] || exit 0
fi

report() { # NAME JOB_SECONDS BASE_SECONDS ROWS
    python3 -c "
name, job, base, rows = '$1', $2, $3, $4
print('%-34s job %7.1f s (%8.0f rows/s)   baseline %7.1f s (%8.0f rows/s)   job/baseline %.2f' % (name, job, rows / max(job, 0.1), base, rows / max(base, 0.1), job / max(base, 0.1)))"
}

RANGES="${BENCH_RANGES:-week quarter}"
for range in "week $WEEK_FROM $WEEK_TO" "quarter $Q_FROM $Q_TO"; do
    set -- $range
    [[ " $RANGES " == *" $1 "* ]] || continue
    rows=$(count "SELECT COUNT(*) FROM lesson WHERE lesson_date BETWEEN '$2' AND '$3'")
    b=$(baseline ear/bench/reconciliation-baseline.sql -v from="$2" -v to="$3")
    out=$(run attendance-reconciliation "from=$2&to=$3") || exit 1
    read -r t _ _ exit <<< "$out"
    echo "  job findings: $exit"
    report "attendance-reconciliation ($1)" "$t" "$b" "$rows"
done

rows=$(count "SELECT COUNT(*) FROM lesson")
b=$(baseline ear/bench/analytics-baseline.sql -v period=Q1)
out=$(run period-analytics "periodCode=Q1") || exit 1
read -r t _ _ exit <<< "$out"
echo "  job analytics rows: $exit"
report "period-analytics (Q1)" "$t" "$b" "$rows"
