-- Plain GET of the path given on the command line, with status counting. STAFF_COOKIE, when set, is sent as the
-- Cookie header (a signed-in staff session).
dofile(os.getenv("WRK_DIR") .. "/report.lua")

local cookie = os.getenv("STAFF_COOKIE")
if cookie ~= nil and cookie ~= "" then
  wrk.headers["Cookie"] = cookie
end
