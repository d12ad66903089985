-- POST /ho-so?handler=Confirm with prepared parent sessions. CONFIRM_SESSIONS_FILE names a file of
-- "cookie header<TAB>antiforgery token<TAB>data version" lines (tools/make-sessions.mjs writes it). Thread i of n takes
-- every n-th session; a thread that runs out starts again, and the site treats those repeats as already confirmed,
-- so run.sh counts first confirmations in the database rather than trusting the request count.
dofile(os.getenv("WRK_DIR") .. "/report.lua")

local all_sessions = {}
for line in io.lines(os.getenv("CONFIRM_SESSIONS_FILE")) do
  local cookie, token, version = line:match("([^\t]+)\t([^\t]+)\t([^\t]+)")
  all_sessions[#all_sessions + 1] = { cookie = cookie, token = token, version = version }
end

local thread_count = tonumber(os.getenv("WRK_THREADS") or "2")
local next_thread_index = 0

function setup(thread)
  thread:set("thread_index", next_thread_index)
  next_thread_index = next_thread_index + 1
  report_setup(thread)
end

local position

function init(args)
  position = thread_index + 1
end

function request()
  local session = all_sessions[position]
  if session == nil then
    position = thread_index + 1
    session = all_sessions[position]
  end
  position = position + thread_count
  local body = "Agreed=true&DataVersion=" .. session.version .. "&__RequestVerificationToken=" .. session.token
  return wrk.format("POST", "/ho-so?handler=Confirm", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = session.cookie,
  }, body)
end
