-- wrk script of bench/run.sh: GET <PREFIX>/<id>/competency-profile, taking the employee ids of
-- EMPLOYEE_IDS (one a line) in turn, with the bearer token TOKEN.
local ids = {}
for line in io.lines(os.getenv("EMPLOYEE_IDS")) do ids[#ids + 1] = line end
local prefix = os.getenv("PREFIX")
local token = os.getenv("TOKEN")
local n = 0

request = function()
  n = n % #ids + 1
  return wrk.format("GET", prefix .. "/" .. ids[n] .. "/competency-profile", { ["Authorization"] = "Bearer " .. token })
end

-- With DELAY_MS, each connection waits that long between requests (an open-loop rate of about
-- connections × 1000 / (DELAY_MS + latency) requests per second).
local pause = tonumber(os.getenv("DELAY_MS") or "")
if pause then
  delay = function() return pause end
end
