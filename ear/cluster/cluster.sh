#!/usr/bin/env bash
# A cluster of the journal on this machine: N WildFly nodes (standalone-ha.xml as the build configured
# it) over one PostgreSQL database, behind HAProxy. See README.md, section "Cluster".
#
#   cluster.sh start N      start nodes 1..N and the balancer (node 1 first when the database is new)
#   cluster.sh start-node I start node I again (after a stop or a kill)
#   cluster.sh stop [I]     stop node I, or every node and the balancer
#   cluster.sh kill I       kill node I with SIGKILL (what a crash does)
#   cluster.sh status       each node: process, /health, the JGroups view; the balancer
#
# Settings (environment): EJOURNAL_DB_URL, EJOURNAL_DB_USER, EJOURNAL_DB_PASSWORD (PostgreSQL, required),
# EJOURNAL_DEMO, CLUSTER_BASE (default ear/target/cluster), CLUSTER_PORT_OFFSET (node I gets offset
# CLUSTER_PORT_OFFSET + I - 1; default 10), CLUSTER_LB_PORT (18080), EJOURNAL_BATCH_DIR (the directory
# every node shares for uploads and job reports; default CLUSTER_BASE/shared/ejournal-batch),
# EJOURNAL_TIMER_REFRESH_MILLIS (how often a node reads the timers others created; 60000),
# CLUSTER_JAVA_OPTS (heap; default -Xms256m -Xmx1g), CLUSTER_SERIAL=1 (start nodes one after another),
# CLUSTER_TOGETHER=1 (start every node at once; the database must already be migrated and filled),
# CLUSTER_BOOT_TIMEOUT (seconds a start with its deployment may take; 1800, the demo load on 2 busy cores is slow).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
ear_dir=$(dirname "$here")
jboss_home=${JBOSS_HOME:-$(ls -d "$ear_dir"/target/wildfly-*/ 2>/dev/null | head -1)}
jboss_home=${jboss_home%/}
ear=${EJOURNAL_EAR:-$ear_dir/target/ejournal.ear}
base=${CLUSTER_BASE:-$ear_dir/target/cluster}
offset=${CLUSTER_PORT_OFFSET:-10}
lb_port=${CLUSTER_LB_PORT:-18080}
shared=${EJOURNAL_BATCH_DIR:-$base/shared/ejournal-batch}
java_opts=${CLUSTER_JAVA_OPTS:--Xms256m -Xmx1g}
max_nodes=4

die() { echo "cluster.sh: $*" >&2; exit 1; }
node_count() { cat "$base/nodes" 2>/dev/null || echo 0; }
http_port() { echo $((8080 + offset + $1 - 1)); }
mgmt_port() { echo $((9990 + offset + $1 - 1)); }
pid_of() { local f="$base/node$1/server.pid"; [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null && cat "$f"; }

healthy() { curl -fsS -m 3 "http://127.0.0.1:$(http_port "$1")/health" >/dev/null 2>&1; }

wait_healthy() {
    local i=$1 limit=${2:-${CLUSTER_BOOT_TIMEOUT:-1800}}
    for ((t = 0; t < limit; t += 2)); do
        healthy "$i" && return 0
        [ -n "$(pid_of "$i")" ] || die "node $i died while starting; see $base/node$i/log/server.log"
        sleep 2
    done
    die "node $i not healthy after ${limit}s; see $base/node$i/log/server.log"
}

start_node() {
    local i=$1 n; n=$(node_count)
    [ "$i" -ge 1 ] && [ "$i" -le "$n" ] || die "node $i is not one of 1..$n"
    [ -z "$(pid_of "$i")" ] || { echo "node $i already runs (pid $(pid_of "$i"))"; return 0; }
    local d="$base/node$i"
    mkdir -p "$d/deployments" "$d/log" "$shared"
    # The configuration as the build made it (a node's runtime changes are not kept).
    rm -rf "$d/configuration" && cp -r "$jboss_home/standalone/configuration" "$d/configuration"
    cp "$ear" "$d/deployments/ejournal.ear"
    rm -f "$d/deployments/ejournal.ear.failed" "$d/deployments/ejournal.ear.deployed"
    local members=()
    for ((j = 1; j <= max_nodes; j++)); do
        members+=("-Dejournal.cluster.port.$j=$((7600 + offset + j - 1))")
    done
    # shellcheck disable=SC2086
    JAVA_OPTS="$java_opts -Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true -Djboss.as.management.blocking.timeout=${CLUSTER_BOOT_TIMEOUT:-1800}" \
    LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$d/server.pid" \
        nohup "$jboss_home/bin/standalone.sh" -c standalone-ha.xml \
        -Djboss.server.base.dir="$d" \
        -Djboss.node.name="node$i" -Djboss.tx.node.id="node$i" \
        -Djboss.socket.binding.port-offset=$((offset + i - 1)) \
        -Dejournal.db.driver=postgresql -Dejournal.batch.dir="$shared" \
        "${members[@]}" >"$d/console.log" 2>&1 &
    for ((t = 0; t < 30; t++)); do [ -s "$d/server.pid" ] && break; sleep 1; done
    echo "node $i: pid $(cat "$d/server.pid" 2>/dev/null), http 127.0.0.1:$(http_port "$i"), management 127.0.0.1:$(mgmt_port "$i")"
}

write_haproxy() {
    local n=$1 cfg="$base/haproxy.cfg"
    {
        echo "# Written by cluster.sh for $n nodes."
        echo "global"
        echo "    maxconn 512"
        echo "defaults"
        echo "    mode http"
        echo "    timeout connect 2s"
        echo "    timeout client 120s"
        echo "    timeout server 120s"
        echo "    # a request to a node that does not answer goes to another (re-dispatch), not to an error page"
        echo "    option redispatch"
        echo "    retries 3"
        echo "frontend ejournal"
        echo "    bind 127.0.0.1:$lb_port"
        echo "    default_backend nodes"
        echo "frontend stats"
        echo "    bind 127.0.0.1:$((lb_port + 1))"
        echo "    stats enable"
        echo "    stats uri /"
        echo "backend nodes"
        echo "    balance roundrobin"
        echo "    # sticky: a browser stays on its node while it lives (the session is also on a second node)"
        echo "    cookie EJNODE insert indirect nocache httponly"
        echo "    option httpchk GET /health"
        echo "    http-check expect status 200"
        echo "    # a busy node answers /health late (its workers serve the pages first): a check may take 10 s;"
        echo "    # a dead node refuses the connection at once and is out within ~4 s (then its sessions' cookie moves)"
        echo "    timeout check 10s"
        echo "    default-server inter 2s fastinter 1s fall 3 rise 2"
        for ((i = 1; i <= n; i++)); do
            echo "    server node$i 127.0.0.1:$(http_port "$i") check cookie node$i"
        done
    } >"$cfg"
}

start_balancer() {
    command -v haproxy >/dev/null || die "HAProxy is missing: apt-get install haproxy"
    stop_balancer
    haproxy -f "$base/haproxy.cfg" -D -p "$base/haproxy.pid"
    echo "balancer: http://127.0.0.1:$lb_port/ (statistics http://127.0.0.1:$((lb_port + 1))/)"
}

stop_balancer() {
    if [ -f "$base/haproxy.pid" ]; then
        kill "$(cat "$base/haproxy.pid")" 2>/dev/null || true
        rm -f "$base/haproxy.pid"
    fi
}

stop_node() {
    local i=$1 pid; pid=$(pid_of "$i") || true
    [ -n "$pid" ] || { echo "node $i: not running"; return 0; }
    kill "$pid"
    for ((t = 0; t < 60; t++)); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    rm -f "$base/node$i/server.pid"
    echo "node $i: stopped"
}

view() {
    "$jboss_home/bin/jboss-cli.sh" -c --timeout=60000 --controller="127.0.0.1:$(mgmt_port "$1")" \
        --command='/subsystem=jgroups/channel=ee:read-attribute(name=view)' 2>/dev/null \
        | sed -n 's/.*"result" => "\(.*\)".*/\1/p'
}

cmd=${1:-status}
case "$cmd" in
    start)
        n=${2:?"usage: cluster.sh start N"}
        [ "$n" -ge 1 ] && [ "$n" -le $max_nodes ] || die "1 to $max_nodes nodes"
        [ -f "$ear" ] || die "no EAR at $ear: mvn -B -ntp package -DskipTests first"
        [ -n "${EJOURNAL_DB_URL:-}" ] || die "set EJOURNAL_DB_URL (jdbc:postgresql://…), EJOURNAL_DB_USER, EJOURNAL_DB_PASSWORD"
        mkdir -p "$base"
        echo "$n" >"$base/nodes"
        write_haproxy "$n"
        start_node 1
        # node 1 alone first (an empty database is migrated and filled once), unless told to start all together
        [ "${CLUSTER_TOGETHER:-0}" = 1 ] || wait_healthy 1
        for ((i = 2; i <= n; i++)); do
            start_node "$i"
            [ "${CLUSTER_SERIAL:-0}" = 1 ] && wait_healthy "$i"
        done
        for ((i = 1; i <= n; i++)); do wait_healthy "$i"; done
        start_balancer
        ;;
    start-node)
        start_node "${2:?"usage: cluster.sh start-node I"}"
        wait_healthy "$2"
        ;;
    stop)
        if [ -n "${2:-}" ]; then
            stop_node "$2"
        else
            stop_balancer
            for ((i = 1; i <= $(node_count); i++)); do stop_node "$i"; done
        fi
        ;;
    kill)
        i=${2:?"usage: cluster.sh kill I"}
        pid=$(pid_of "$i") || die "node $i is not running"
        kill -9 "$pid"
        # a crashed node is gone, not dying: wait until the process has ended (a zombie counts as ended) and
        # its port refuses connections, so that no request reaches a JVM whose sockets are still open
        for ((t = 0; t < 300; t++)); do
            state=$(awk '/^State:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
            if { [ -z "$state" ] || [ "$state" = Z ]; } && ! (exec 3<>"/dev/tcp/127.0.0.1/$(http_port "$i")") 2>/dev/null; then
                break
            fi
            sleep 0.1
        done
        rm -f "$base/node$i/server.pid"
        echo "node $i: killed (pid $pid)"
        ;;
    status)
        for ((i = 1; i <= $(node_count); i++)); do
            pid=$(pid_of "$i" || true)
            if [ -z "$pid" ]; then
                echo "node $i: down"
            else
                h=$(curl -s -m 3 "http://127.0.0.1:$(http_port "$i")/health" || echo "no answer")
                echo "node $i: pid $pid, health $h, view [$(view "$i")]"
            fi
        done
        if [ -f "$base/haproxy.pid" ] && kill -0 "$(cat "$base/haproxy.pid")" 2>/dev/null; then
            echo "balancer: http://127.0.0.1:$lb_port/ (pid $(cat "$base/haproxy.pid"))"
        else
            echo "balancer: down"
        fi
        ;;
    *) die "unknown command $cmd (start N | start-node I | stop [I] | kill I | status)" ;;
esac
