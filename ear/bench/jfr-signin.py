#!/usr/bin/env python3
"""Where a sign-in storm's server time goes, from a JFR recording of the test server (docs/benchmarks.md,
"Sign-in storm", fifth pass). Usage:

    ear/bench/jfr-signin.py RECORDING.jfr [SIGN_INS]

Prints (1) the Java execution samples of the request threads ("default task-N"), each counted once in the first
row whose pattern its stack contains, and (2) the CPU time of the request threads, the JIT compiler threads, the
garbage collector and the rest, summed from jdk.ThreadCPULoad (per SIGN_INS sign-ins when given; the benchmark's
default run is 9 + 300 warm-up + 2 x 300 = 909). The hash runs in C (native): it is in (2), not in (1).
"""
import collections
import datetime
import os
import re
import subprocess
import sys

ROWS = [
    ("class teacher's home card (ClassDashboardService)", r"ClassDashboardService"),
    ("the other home cards (violations, pupils at risk, deputy, admin, own class)",
     r"TeacherViolationsCard|TeacherAtRiskCard|DeputyMonitoringCard|ClassTeacherHomeView|CurrentClass|ClassAttentionCard"),
    ("own summary in the top bar and the who-card (AccountService.me)", r"AccountService\.me"),
    ("the sign-in POST's action (LoginView.submit: the account, throttle, audit, alert)", r"LoginView\.submit"),
    ("session check of each signed-in request (SessionCheck)", r"SessionCheck"),
    ("Faces: restore view (the login POST)", r"RestoreViewPhase"),
    ("Faces: build view", r"buildView"),
    ("Faces: render (components, EL; the beans above excluded)", r"renderView"),
]


def jfr(events, recording, *extra):
    return subprocess.run(["jfr", "print", *extra, "--events", events, recording],
                          capture_output=True, text=True, check=True).stdout


def samples(recording):
    cur, inside = None, False
    for line in jfr("jdk.ExecutionSample", recording, "--stack-depth", "256").splitlines():
        s = line.strip()
        if s.startswith("jdk.ExecutionSample"):
            cur, inside = {"thread": "", "frames": []}, False
        elif cur is None:
            continue
        elif s.startswith("sampledThread"):
            cur["thread"] = s.split('"')[1]
        elif s.startswith("stackTrace = ["):
            inside = True
        elif inside and s == "]":
            inside = False
        elif inside:
            cur["frames"].append(s)
        elif s == "}":
            yield cur
            cur = None


def cpu(recording):
    events, cur = [], {}
    for line in jfr("jdk.ThreadCPULoad", recording).splitlines():
        s = line.strip()
        if s.startswith("startTime"):
            cur["t"] = datetime.datetime.strptime(s.split("= ")[1][:12], "%H:%M:%S.%f")
        elif s.startswith("user"):
            cur["u"] = float(s.split("= ")[1].rstrip("%"))
        elif s.startswith("system"):
            cur["s"] = float(s.split("= ")[1].rstrip("%"))
        elif s.startswith("eventThread"):
            cur["thread"] = s.split('"')[1]
        elif s == "}":
            if "thread" in cur and "t" in cur:
                events.append(cur)
            cur = {}
    cores, last, total = os.cpu_count(), {}, collections.Counter()
    for e in sorted(events, key=lambda e: e["t"]):
        th = e["thread"]
        dt = (e["t"] - last[th]).total_seconds() if th in last else 10.0
        last[th] = e["t"]
        group = ("request threads" if th.startswith("default task")
                 else "garbage collector" if th.startswith(("GC ", "G1 "))
                 else "JIT compiler" if "Compiler" in th else "the rest (deployment, timers, JFR)")
        total[group] += (e["u"] + e["s"]) / 100 * cores * dt
    return total


def main():
    recording = sys.argv[1]
    sign_ins = int(sys.argv[2]) if len(sys.argv) > 2 else 909
    counts, n = collections.Counter(), 0
    for sample in samples(recording):
        if not sample["thread"].startswith("default task"):
            continue
        n += 1
        for name, pattern in ROWS:
            if any(re.search(pattern, f) for f in sample["frames"]):
                counts[name] += 1
                break
        else:
            counts["the rest (filters, Undertow, Weld, session)"] += 1
    print(f"Java samples of the request threads: {n} ({n / sign_ins:.2f} per sign-in)")
    for name, _ in ROWS + [("the rest (filters, Undertow, Weld, session)", "")]:
        print(f"| {name} | {counts[name]} | {100 * counts[name] / max(n, 1):.1f} % |")
    print(f"\nCPU by thread group over the whole recording, per sign-in of {sign_ins}:")
    for group, seconds in cpu(recording).most_common():
        print(f"| {group} | {seconds:.1f} s | {1000 * seconds / sign_ins:.1f} ms |")


if __name__ == "__main__":
    main()
