#!/usr/bin/env bash
# Term-end load (issue 12): a parents' evening and a teachers' marking rush on one server, phase by phase.
#
#   ear/bench/term-end-load.sh [pg|h2]
#
# 1. Starts a WildFly of its own (a copy of the built one, port offset LOAD_OFFSET, demo school on) on
#    PostgreSQL (database LOAD_DB, created and dropped) or on an H2 file of its own; or, with
#    LOAD_URL="http://host:port …", uses running servers (one or several base URLs, e.g. one node of a cluster
#    and the balancer: the school is imported through the first, on PostgreSQL database LOAD_DB, which the
#    script then neither creates nor drops); with LOAD_REUSE=1 as well, a load-test school a previous run left
#    (LOAD_KEEP=1 keeps the server it started).
# 2. Generates the load-test school (RegionGenerator size LOAD: 50 classes, 1,250 pupils each with a parent
#    of their own, 40 teachers, a quarter of lessons, marks and absences), imports it with region-import, and
#    gives every parent and teacher of it an account (the demo password, copied as its hash).
# 3. For each base URL in turn: signs in LOAD_PARENTS distinct parents and LOAD_TEACHERS distinct teachers (sessions.py), warms the
#    server up (every phase once, LOAD_WARMUP seconds), then runs each phase for LOAD_SECONDS with
#    LOAD_PAUSE seconds between phases and then until /health answers quickly again (drained): /health at
#    the phase's concurrency, then the phase. Phases: the
#    e-diary at each number of parent sessions (a first view: no If-None-Match; and a revisit: the ETag the
#    session last saw, as a browser sends it), the grid page (first view and revisit) and the cell save at
#    LOAD_TEACHERS teachers,
#    and complete sign-ins at LOAD_SIGNIN_CLIENTS clients. LOAD_PHASES chooses among "diary grid signin"
#    (default: all three; /health always).
# 4. Prints each phase's throughput, p50/p95/p99, errors and share of /health, and the load average.
#
# Needs: a built tree (mvn -B -ntp verify -DskipTests -DskipITs), wrk (apt-get install -y wrk), python3,
# psql for PostgreSQL (127.0.0.1:5432, user postgres).
set -euo pipefail
cd "$(dirname "$0")/../.."

DB_KIND="${1:-pg}"
OFFSET="${LOAD_OFFSET:-450}"
DB="${LOAD_DB:-loadtest}"
PARENTS="${LOAD_PARENTS:-200 1000}"
TEACHERS="${LOAD_TEACHERS:-50}"
SIGNIN_CLIENTS="${LOAD_SIGNIN_CLIENTS:-8}"
SECONDS_EACH="${LOAD_SECONDS:-15}"
PAUSE="${LOAD_PAUSE:-10}"
WARMUP="${LOAD_WARMUP:-10}"
PASSWORD=demo2026
export PGPASSWORD="${PGPASSWORD:-postgres}"
PSQL=(psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1)
WORK="${LOAD_WORK:-/tmp/ejournal-load-$DB_KIND-$OFFSET}"
JBOSS="$PWD/ear/target/wildfly-39.0.1.Final"
PHASES=" ${LOAD_PHASES:-diary grid signin} "
URLS="${LOAD_URL:-http://127.0.0.1:$((8080 + OFFSET))}"
HTTP="${URLS%% *}"
wants() { [[ "$PHASES" == *" $1 "* ]]; }
LUA="$PWD/ear/bench/term-end/phase.lua"
ulimit -n 65536 2>/dev/null || true
max_parents=0
for n in $PARENTS; do [ "$n" -gt "$max_parents" ] && max_parents=$n; done
[ "$max_parents" -le 1000 ] && [ "$TEACHERS" -le 51 ] || { echo "the school has 1,250 parents and 51 teachers"; exit 2; }

if [ "$DB_KIND" = pg ]; then
    DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB"
    sql() { "${PSQL[@]}" -d "$DB" -c "$1"; }
else
    DB_URL="jdbc:h2:file:$WORK/h2/journal;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"
    H2_JAR=$(find "$JBOSS/modules" -name 'h2-[0-9]*.jar' | head -1)
    sql() { java -cp "$H2_JAR" org.h2.tools.Shell -url "$DB_URL" -user sa -password sa -sql "$1" >/dev/null; }
fi

if [ -z "${LOAD_REUSE:-}" ]; then
    rm -rf "$WORK" && mkdir -p "$WORK/server/deployments"
    java -cp ear/target/test-classes ru.ejournal.it.batch.RegionGenerator LOAD "$WORK/region" LT 2026 >/dev/null
fi
if [ -z "${LOAD_REUSE:-}" ] && [ -z "${LOAD_URL:-}" ]; then
    cp -r "$JBOSS/standalone/configuration" "$WORK/server/"
    sed -i '/<deployments>/,/<\/deployments>/d' "$WORK/server/configuration/standalone.xml"
    cp -r "$JBOSS" "$WORK/wildfly" && JBOSS="$WORK/wildfly"
    cp ear/target/ejournal.ear "$WORK/server/deployments/"
    if [ "$DB_KIND" = pg ]; then
        "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
    fi
    SERVER_PID=""
    cleanup() {
        if [ -n "$SERVER_PID" ]; then
            pkill -9 -P "$SERVER_PID" 2>/dev/null || true
            kill -9 "$SERVER_PID" 2>/dev/null || true
        fi
        if [ "$DB_KIND" = pg ]; then "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true; fi
    }
    [ -n "${LOAD_KEEP:-}" ] || trap cleanup EXIT
    JAVA_OPTS="${LOAD_JAVA_OPTS:--Xms1g -Xmx2g}" "$JBOSS/bin/standalone.sh" -Djboss.server.base.dir="$WORK/server" \
        -Djboss.socket.binding.port-offset="$OFFSET" -Dejournal.db.driver="$( [ "$DB_KIND" = pg ] && echo postgresql || echo h2)" \
        -Dejournal.db.url="$DB_URL" -Dejournal.db.user="$( [ "$DB_KIND" = pg ] && echo postgres || echo sa)" \
        -Dejournal.db.password="$( [ "$DB_KIND" = pg ] && echo "$PGPASSWORD" || echo sa)" -Dejournal.demo=true \
        -Djboss.as.management.blocking.timeout=900 \
        > "$WORK/server.out" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 300); do curl -sf "$HTTP/health" >/dev/null 2>&1 && break; sleep 1; done
    curl -sf "$HTTP/health" >/dev/null
fi
if [ -z "${LOAD_REUSE:-}" ]; then
    echo "=== load-test school: region-import through $HTTP"
    id=$(curl -sf -u "region:$PASSWORD" -X POST "$HTTP/api/batch/jobs/region-import?inputDir=$WORK/region" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["executionId"])')
    while true; do
        status=$(curl -sf -u "region:$PASSWORD" "$HTTP/api/batch/executions/$id" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
        case "$status" in STARTING|STARTED) sleep 2 ;; COMPLETED) break ;; *) echo "region-import: $status"; exit 1 ;; esac
    done
    # accounts: every parent and teacher of the school, the demo password (its hash copied from a demo account)
    sql "INSERT INTO user_account (id, version, school_id, login, password_hash, parent_id, enabled, must_change_password, created_at)
         SELECT 900000000 + p.id, 0, p.school_id, 'lt-' || LOWER(p.code), (SELECT password_hash FROM user_account WHERE login = 'parent'),
                p.id, TRUE, FALSE, CURRENT_TIMESTAMP FROM parent p JOIN school s ON s.id = p.school_id WHERE s.code = 'LT001'"
    sql "INSERT INTO user_role (account_id, role) SELECT id, 'PARENT' FROM user_account WHERE login LIKE 'lt-p%'"
    # the teachers' assignments as their lessons show them (the import has lessons, not assignments), in a
    # current year, so that each teacher's grid opens on the generated quarter
    sql "UPDATE academic_year SET is_current = TRUE WHERE school_id = (SELECT id FROM school WHERE code = 'LT001')"
    sql "INSERT INTO teaching_assignment (id, version, school_id, teacher_id, school_class_id, subgroup_id, subject_id, academic_year_id)
         SELECT 800000000 + ROW_NUMBER() OVER (ORDER BY t.teacher_id, t.school_class_id, t.subject_id, t.subgroup_id), 0,
                t.school_id, t.teacher_id, t.school_class_id, t.subgroup_id, t.subject_id, c.academic_year_id
         FROM (SELECT DISTINCT school_id, teacher_id, school_class_id, subgroup_id, subject_id FROM lesson
               WHERE school_id = (SELECT id FROM school WHERE code = 'LT001')) t
         JOIN school_class c ON c.id = t.school_class_id"
    sql "UPDATE user_account SET password_hash = (SELECT password_hash FROM user_account WHERE login = 'parent'),
         enabled = TRUE, must_change_password = FALSE WHERE login LIKE 'lt001-%'"
fi

pids=$(seq -f "lt-p%05g" 1 1250)
tids=$(seq -f "lt001-t%02g" 1 50; echo lt001-zavuch)
echo "$pids" > "$WORK/logins.txt"
WEEK="/parent/diary.xhtml?week=2025-10-20"
RESULTS="$WORK/results.txt"
: > "$RESULTS"
# phase NAME CONNECTIONS THREADS SECONDS MODE ARGS... -> appends "TARGET NAME conns RESULT…" to the results
phase() {
    local name=$1 conns=$2 threads=$3 secs=$4
    shift 4
    local line
    line=$(wrk -t "$threads" -c "$conns" -d "${secs}s" --timeout 30s -s "$LUA" "$HTTP" -- "$@" | grep '^RESULT' || echo "RESULT 0 0 0 0 0 1 0 0")
    [ "$secs" = "$WARMUP" ] && [ -n "${WARMING:-}" ] && return
    echo "$HTTP $name $conns ${line#RESULT } $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$RESULTS"
}
# waits LOAD_PAUSE seconds, then until /health answers within 0.2 s again (at most 5 minutes more): the
# previous phase's queued pages must not be counted against the next phase
drain() {
    sleep "$PAUSE"
    for _ in $(seq 1 300); do
        t=$(curl -s -o /dev/null -w '%{time_total}' --max-time 30 "$HTTP/health" || echo 30)
        python3 -c "import sys; sys.exit(0 if float('$t') < 0.2 else 1)" && return
        sleep 1
    done
}
first_n() { head -"$1" "$T/parents.txt" > "$T/parents-$1.txt"; head -"$1" "$T/parents-etag.txt" > "$T/parents-etag-$1.txt" 2>/dev/null || true; }

target=0
for HTTP in $URLS; do
target=$((target + 1))
T="$WORK/target$target"
mkdir -p "$T"
echo "=== $HTTP: signing in $max_parents parents and $TEACHERS teachers"
t0=$(date +%s.%N)
python3 ear/bench/term-end/sessions.py "$HTTP" "$PASSWORD" parents $(echo "$pids" | head -"$max_parents") > "$T/parents.txt"
: > "$T/teachers.txt"
if wants grid; then
    python3 ear/bench/term-end/sessions.py "$HTTP" "$PASSWORD" teachers $(echo "$tids" | head -"$TEACHERS") > "$T/teachers.txt"
fi
echo "$(wc -l < "$T/parents.txt") + $(wc -l < "$T/teachers.txt") sessions in $(python3 -c "print(round($(date +%s.%N) - $t0, 1))") s"

echo "=== warm-up ($WARMUP s each)"
WARMING=1
first_n 200
phase warm 50 2 "$WARMUP" health
wants diary && phase warm 50 2 "$WARMUP" pages "$WEEK" "$T/parents-200.txt"
wants grid && phase warm "$TEACHERS" 2 "$WARMUP" grid "$T/teachers.txt"
wants grid && phase warm "$TEACHERS" "$TEACHERS" "$WARMUP" save "$T/teachers.txt"
wants signin && phase warm "$SIGNIN_CLIENTS" "$SIGNIN_CLIENTS" "$WARMUP" signin "$WORK/logins.txt" "$PASSWORD"
unset WARMING
# the ETag each parent's diary and each teacher's grid answers now (a browser's copy after its first view),
# read after the warm-up, whose cell saves change some of them
python3 - "$HTTP" "$WEEK" "$T" <<'PY'
import concurrent.futures, sys, urllib.request
base, week, work = sys.argv[1:]
def etag(path, cookie):
    r = urllib.request.urlopen(urllib.request.Request(base + path, headers={"Cookie": cookie}), timeout=120)
    r.read()
    return r.headers.get("ETag") or ""
with concurrent.futures.ThreadPoolExecutor(8) as pool:
    parents = [l.strip() for l in open(work + "/parents.txt")]
    tags = pool.map(lambda c: etag(week, c), parents)
    with open(work + "/parents-etag.txt", "w") as out:
        out.writelines(c + "\t" + t + "\n" for c, t in zip(parents, tags))
    teachers = [l.rstrip("\n").split("\t") for l in open(work + "/teachers.txt") if l.strip()]
    tags = list(pool.map(lambda t: etag(t[1], t[0]), teachers))
    with open(work + "/teachers.txt", "w") as out:
        out.writelines("\t".join(t[:7] + [g]) + "\n" for t, g in zip(teachers, tags))
PY

echo "=== phases ($SECONDS_EACH s each, $PAUSE s between): target name connections requests req/s p50 p95 p99 errors units units/s load"
if wants diary; then
    for n in $PARENTS; do
        first_n "$n"
        drain; phase "health" "$n" 2 "$SECONDS_EACH" health
        drain; phase "diary-revisit" "$n" 2 "$SECONDS_EACH" pages "$WEEK" "$T/parents-etag-$n.txt" etag
        drain; phase "diary-first-view" "$n" 2 "$SECONDS_EACH" pages "$WEEK" "$T/parents-$n.txt"
    done
fi
if wants grid; then
    drain; phase "health" "$TEACHERS" 2 "$SECONDS_EACH" health
    drain; phase "grid-revisit" "$TEACHERS" 2 "$SECONDS_EACH" grid "$T/teachers.txt" etag
    # the saves before the first views: each first view makes a new view, and after 15 of them a session no
    # longer holds the grid view whose state the saves post
    drain; phase "cell-save" "$TEACHERS" "$TEACHERS" "$SECONDS_EACH" save "$T/teachers.txt"
    drain; phase "grid" "$TEACHERS" 2 "$SECONDS_EACH" grid "$T/teachers.txt"
fi
if wants signin; then
    drain; phase "health" "$SIGNIN_CLIENTS" 2 "$SECONDS_EACH" health
    drain; phase "sign-in" "$SIGNIN_CLIENTS" "$SIGNIN_CLIENTS" "$SECONDS_EACH" signin "$WORK/logins.txt" "$PASSWORD"
fi
done

echo
echo "=== term-end load, $DB_KIND, $(date -u +'%Y-%m-%d %H:%M UTC'), $(nproc) cores"
python3 - "$RESULTS" <<'PY'
import sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
health = {}
print("| target | phase | connections | req/s | p50 ms | p95 ms | p99 ms | errors | of /health | load avg |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for r in rows:
    target, name, conns, reqs, rps, p50, p95, p99, errors, units, ups, load = r
    rps = float(rps)
    if name == "health":
        health[target, conns] = rps
    share = rps / health[target, conns] * 100 if health.get((target, conns)) else 0
    if int(reqs) == 0:
        # not one answer within the phase (wrk counts no error for requests still open at its end)
        print(f"| {target} | {name} | {conns} | no answer within the phase | | | | all | 0 % | {load} |")
        continue
    unit = f" ({float(ups):.1f} sign-ins/s)" if name == "sign-in" else ""
    print(f"| {target} | {name} | {conns} | {rps:,.1f}{unit} | {p50} | {p95} | {p99} | {errors} | {share:.1f} % | {load} |")
PY
