#!/usr/bin/env bash
# One phase of the term-end load by hand, with the server's processor time per request:
#   ear/bench/term-end/cpu-phase.sh PID URL NAME CONNECTIONS SECONDS MODE ARGS...
# PID is the server's java process (utime + stime from /proc/PID/stat before and after the phase), URL its base
# address, MODE and ARGS those of phase.lua (health; pages PATH FILE [etag]; grid FILE [etag]; …). Prints wrk's
# RESULT line, the processor time the server spent, its share of a core and its milliseconds per request, and
# the load average: on a machine shared with other work, CPU ms per request is the figure that moves least.
set -euo pipefail
pid=$1 url=$2 name=$3 conns=$4 secs=$5
shift 5
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
tick=$(getconf CLK_TCK)
c0=$(cpu)
t0=$(date +%s.%N)
line=$(wrk -t 2 -c "$conns" -d "${secs}s" --timeout 30s -s "$(dirname "$0")/phase.lua" "$url" -- "$@" | grep '^RESULT')
c1=$(cpu)
t1=$(date +%s.%N)
python3 - "$name" "$conns" "$line" "$c0" "$c1" "$t0" "$t1" "$tick" "$(cut -d' ' -f1 /proc/loadavg)" <<'PY'
import sys
name, conns, line, c0, c1, t0, t1, tick, load = sys.argv[1:]
r = line.split()
reqs, rps = int(r[1]), float(r[2])
ms = (int(c1) - int(c0)) * 1000 / int(tick)
wall = float(t1) - float(t0)
print(f"{name} conns={conns} requests={reqs} req/s={rps} p50={r[3]} p95={r[4]} p99={r[5]} errors={r[6]}"
      f" | server CPU {ms:.0f} ms in {wall:.1f} s = {ms / 1000 / wall:.2f} cores, {ms / max(reqs, 1):.2f} ms/request"
      f" | load {load}")
PY
