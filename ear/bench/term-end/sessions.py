#!/usr/bin/env python3
"""Signs in accounts of the load-test school and writes one line per session for the wrk scripts.

    sessions.py BASE_URL PASSWORD parents|teachers LOGIN... > sessions.txt

parents:  "JSESSIONID=…[; EJNODE=…]"                      (the e-diary phase; EJNODE behind HAProxy)
teachers: "JSESSIONID=…<TAB>grid URL<TAB>view state<TAB>nonce<TAB>lesson<TAB>student<TAB>stamp<TAB>grid ETag"
          (the grid and cell-save phases: the teacher's grid of the generated quarter, one cell of their own)
Eight sign-ins at a time; a failed sign-in stops the run (the figures would be of an error page).
"""
import concurrent.futures
import html
import http.cookiejar
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

BASE, PASSWORD, KIND, LOGINS = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3], sys.argv[4:]
VIEW_STATE = re.compile(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"')


def opener():
    jar = http.cookiejar.CookieJar()
    return jar, urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def get(op, path, headers=None):
    with op.open(urllib.request.Request(BASE + path, headers=headers or {}), timeout=120) as r:
        return r.geturl(), r.read().decode("utf-8")


def post(op, path, fields, ajax=False):
    req = urllib.request.Request(BASE + path, data=urllib.parse.urlencode(fields).encode())
    req.add_header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
    if ajax:
        req.add_header("Faces-Request", "partial/ajax")
    with op.open(req, timeout=120) as r:
        return r.geturl(), r.read().decode("utf-8")


class SignInRefused(Exception):
    pass


def sign_in(login, attempts=6):
    # a sign-in the server's admission control refuses (too many at once: an error page) is tried again later
    for attempt in range(attempts):
        try:
            return sign_in_once(login)
        except urllib.error.HTTPError as e:
            if e.code < 500 or attempt == attempts - 1:
                raise
            time.sleep(2 * (attempt + 1))
        except SignInRefused:
            # the login form again (a refusal shown on the form, e.g. while the server is busy): once more later
            if attempt == attempts - 1:
                raise SystemExit(f"sign-in of {login} failed {attempts} times: landed on the login form")
            time.sleep(2 * (attempt + 1))


def sign_in_once(login):
    jar, op = opener()
    _, page = get(op, "/login.xhtml")
    url, home = post(op, "/login.xhtml", {
        "loginForm": "loginForm", "loginForm:login": login, "loginForm:password": PASSWORD,
        "loginForm:submit": "", "jakarta.faces.ViewState": VIEW_STATE.search(page).group(1)})
    if "login.xhtml" in url or "password" in url:
        raise SignInRefused(url)
    # the session and, behind HAProxy, its sticky cookie (EJNODE): the load stays on the session's node as a
    # browser's would; no other cookie (a Faces flash cookie would turn the page's ETag off)
    cookies = [f"{c.name}={c.value}" for c in jar if c.name in ("JSESSIONID", "EJNODE")]
    return jar, op, "; ".join(sorted(cookies, key=lambda c: not c.startswith("JSESSIONID")))


def parent(login):
    return sign_in(login)[2]


def teacher(login):
    jar, op, cookie = sign_in(login)
    url, page = get(op, "/teacher/gradebook.xhtml")
    # the first assignment's grid in the generated quarter (the selector's period list, oldest first)
    periods = re.findall(r'<option value="(\d+)"', page.split('id="selector:period"', 1)[-1])
    assignment = re.search(r'<option value="(\d+)"[^>]*selected', page.split('id="selector:assignment"', 1)[-1])
    query = ""
    if assignment and periods:
        query = f"?assignment={assignment.group(1)}&period={periods[-1]}"
        url, page = get(op, "/teacher/gradebook.xhtml" + query)
    rows = re.findall(r'<tr data-s="(\d+)"', page)
    lessons = re.findall(r'data-l="(\d+)"', page)
    if not rows or not lessons:
        raise SystemExit(f"{login}: no grid with students and lessons at {url}")
    state = VIEW_STATE.search(page).group(1)
    nonce = re.search(r'nonce="([^"]+)"', page)
    nonce = nonce.group(1) if nonce else ""
    student, lesson = rows[0], lessons[-1]
    fields = {"jakarta.faces.partial.ajax": "true", "jakarta.faces.source": "cellForm:saveCell",
              "jakarta.faces.partial.execute": "cellForm:saveCell", "jakarta.faces.partial.render": "messages",
              "cellForm:saveCell": "cellForm:saveCell", "lesson": lesson, "student": student, "value": "5",
              "stamp": "", "confirm": "true", "jakarta.faces.ViewState": state, "primefaces.nonce": nonce}
    _, answer = post(op, "/teacher/gradebook.xhtml", fields, ajax=True)
    stamp = re.search(r'"stamp":"([^"]*)"', html.unescape(answer))
    if not stamp:
        raise SystemExit(f"{login}: the first cell save answered no stamp: {answer[:500]}")
    # the grid's ETag after that save (what a browser holds once it has reloaded the page)
    with op.open(BASE + "/teacher/gradebook.xhtml" + query, timeout=120) as r:
        r.read()
        etag = r.headers.get("ETag") or ""
    return "\t".join([cookie, "/teacher/gradebook.xhtml" + query, state, nonce, lesson, student, stamp.group(1), etag])


with concurrent.futures.ThreadPoolExecutor(8) as pool:
    for line in pool.map(parent if KIND == "parents" else teacher, LOGINS):
        print(line)
