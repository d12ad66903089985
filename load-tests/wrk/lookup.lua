-- POST / (lookup) with random ID and birth-date pairs from the file in LOOKUP_PAIRS ("id,dd/MM/yyyy" per line),
-- with the antiforgery cookie and token in ANTIFORGERY_COOKIE and ANTIFORGERY_TOKEN (one pair serves every request).
dofile(os.getenv("WRK_DIR") .. "/report.lua")

local lookup_pairs = {}
for line in io.lines(os.getenv("LOOKUP_PAIRS")) do
  local id, birth_date = line:match("([^,]+),([^,]+)")
  lookup_pairs[#lookup_pairs + 1] = id .. "&BirthDate=" .. birth_date
end

local headers = {
  ["Content-Type"] = "application/x-www-form-urlencoded",
  ["Cookie"] = os.getenv("ANTIFORGERY_COOKIE"),
}
local token = os.getenv("ANTIFORGERY_TOKEN")

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
end

function request()
  local body = "PersonalId=" .. lookup_pairs[math.random(#lookup_pairs)] .. "&__RequestVerificationToken=" .. token
  return wrk.format("POST", "/", headers, body)
end
