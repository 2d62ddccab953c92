-- One phase of the term-end load (wrk 4 with LuaJIT). Modes, given after "--":
--   health                          GET /health
--   pages PATH FILE [etag]          GET PATH, each request with the next session of FILE (one "JSESSIONID=…"
--                                   per line, optionally a TAB and the ETag the session last saw: "etag" sends
--                                   it as If-None-Match, as a browser revisiting the page does)
--   grid FILE [etag]                GET of each teacher's grid (FILE from sessions.py teachers); "etag" sends
--                                   the grid's ETag as If-None-Match (a teacher reloading an unchanged grid)
--   save FILE                       the grid's Ajax cell save; one connection per thread, one teacher per
--                                   thread, each save carrying the stamp the previous one answered
--   signin FILE PASSWORD            complete sign-ins (login page, form POST, the home page it redirects to),
--                                   one connection per thread, each sign-in a fresh session of the next login
-- Counts as an error: a socket error, any status but 200/304 (302 only inside a sign-in), a page that is the
-- login form, a save without a new stamp. Prints one line: RESULT requests rps p50 p95 p99 errors units.
local threads = {}
local mode, sessions, path, password, useEtag
index, bad, units = 0, 0, 0

local function lines(file)
  local t = {}
  for l in io.lines(file) do if #l > 0 then t[#t + 1] = l end end
  return t
end

local function split(l)
  local t = {}
  for f in (l .. "\t"):gmatch("([^\t]*)\t") do t[#t + 1] = f end
  return t
end

local function enc(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  mode = args[1]
  if mode == "pages" then
    path, sessions, useEtag = args[2], lines(args[3]), args[4] == "etag"
  elseif mode == "grid" or mode == "save" then
    useEtag = args[3] == "etag"
    sessions = {}
    for _, l in ipairs(lines(args[2])) do sessions[#sessions + 1] = split(l) end
  elseif mode == "signin" then
    sessions, password = lines(args[2]), args[3]
  end
  index = id * 7919
end

-- state of a thread's one connection (save, signin)
local step, cookie, location, stamp, current, device = 0, nil, nil, nil, nil, nil
local value = 4
local saved = false

function request()
  if mode == "health" then
    return wrk.format("GET", "/health")
  elseif mode == "pages" then
    index = index + 1
    local s = split(sessions[index % #sessions + 1])
    local h = { Cookie = s[1] }
    if useEtag and s[2] and #s[2] > 0 then h["If-None-Match"] = s[2] end
    return wrk.format("GET", path, h)
  elseif mode == "grid" then
    index = index + 1
    local s = sessions[index % #sessions + 1]
    local h = { Cookie = s[1] }
    if useEtag and s[8] and #s[8] > 0 then h["If-None-Match"] = s[8] end
    return wrk.format("GET", s[2], h)
  elseif mode == "save" then
    current = current or sessions[id % #sessions + 1]
    stamp = stamp or current[7]
    value = 9 - value
    local body = "jakarta.faces.partial.ajax=true&jakarta.faces.source=cellForm%3AsaveCell"
      .. "&jakarta.faces.partial.execute=cellForm%3AsaveCell&jakarta.faces.partial.render=messages"
      .. "&cellForm%3AsaveCell=cellForm%3AsaveCell&lesson=" .. current[5] .. "&student=" .. current[6]
      .. "&value=" .. value .. "&stamp=" .. enc(stamp) .. "&confirm=true&jakarta.faces.ViewState=" .. enc(current[3])
      .. "&primefaces.nonce=" .. enc(current[4])
    return wrk.format("POST", "/teacher/gradebook.xhtml", {
      Cookie = current[1], ["Faces-Request"] = "partial/ajax",
      ["Content-Type"] = "application/x-www-form-urlencoded; charset=UTF-8" }, body)
  else -- signin
    -- the browser's device cookie, sent from the first request on: the server then sets only the session
    -- cookie (wrk keeps one header of a name, so a second Set-Cookie would hide the session's)
    device = device or string.format("ejournal-device=00000000-0000-4000-8000-%012d", id)
    if step == 0 then
      return wrk.format("GET", "/login.xhtml", { Cookie = device })
    elseif step == 1 then
      index = index + 1
      local login = sessions[index % #sessions + 1]
      local body = "loginForm=loginForm&loginForm%3Alogin=" .. enc(login) .. "&loginForm%3Apassword="
        .. enc(password) .. "&loginForm%3Asubmit=&jakarta.faces.ViewState=" .. enc(stamp)
      return wrk.format("POST", "/login.xhtml", { Cookie = cookie,
        ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
    else
      return wrk.format("GET", location, { Cookie = cookie })
    end
  end
end

local function sessionCookie(headers)
  local c = headers["Set-Cookie"] or headers["set-cookie"]
  return c and c:match("(JSESSIONID=[^;]+)")
end

function response(status, headers, body)
  if mode == "health" then
    if status ~= 200 then bad = bad + 1 end
  elseif mode == "pages" or mode == "grid" then
    if status == 304 then
      units = units + 1
    elseif status ~= 200 or body:find('id="loginForm"', 1, true) then
      bad = bad + 1
      -- what the errors were (a status, or "login": the session was lost), printed by done()
      if bad <= 20 then badwhat = (badwhat or "") .. (status == 200 and "login" or tostring(status)) .. " " end
    else
      units = units + 1
    end
  elseif mode == "save" then
    local text = body:gsub("&#34;", '"')
    local s = status == 200 and text:match('"stamp"%s*:%s*"([^"]*)"')
    -- a conflict answers the cell's current stamp: expected once per phase (the stamp in FILE may be older
    -- than the last save of the phase before), an error after that
    local conflict = text:find('"error"', 1, true)
    if s and not (conflict and saved) then stamp = s; units = units + 1 else bad = bad + 1 end
    saved = true
  else
    if step == 0 then
      cookie, stamp = sessionCookie(headers), body:match('name="jakarta.faces.ViewState"[^>]*value="([^"]+)"')
      if status == 200 and cookie and stamp then cookie = device .. "; " .. cookie; step = 1 else bad = bad + 1 end
    elseif step == 1 then
      location = headers["Location"] or headers["location"]
      cookie = sessionCookie(headers) and (device .. "; " .. sessionCookie(headers)) or cookie
      if status == 302 and location and not location:find("login", 1, true) then
        location = location:gsub("^https?://[^/]+", "")
        step = 2
      else
        bad = bad + 1; step = 0
      end
    else
      if status == 200 and not body:find('id="loginForm"', 1, true) then units = units + 1 else bad = bad + 1 end
      step = 0
    end
  end
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  local ok = 0
  for _, t in ipairs(threads) do
    errors = errors + (t:get("bad") or 0)
    if t:get("badwhat") then io.stderr:write("errors: " .. t:get("badwhat") .. "\n") end
    ok = ok + (t:get("units") or 0)
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT %d %.1f %.1f %.1f %.1f %d %d %.1f\n", summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors, ok,
    ok / seconds))
end
