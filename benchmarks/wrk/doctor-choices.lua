-- POST /doctor-choices as a caseworker, each request for another person (PAIRS_FILE, lines "cpr provider-number"),
-- so that no choice meets one in progress (DOC-16). Thread i of n takes lines i, i+n, i+2n, ...
package.path = os.getenv("WRK_DIR") .. "/?.lua;" .. package.path
local result = require("result")

local choices = {}
for line in io.lines(os.getenv("PAIRS_FILE")) do
  local cpr, provider = line:match("(%d+)%s+(%d+)")
  choices[#choices + 1] = { cpr, provider }
end
local headers = { ["Authorization"] = "Bearer " .. os.getenv("TOKEN"), ["Content-Type"] = "application/json" }
local valid_from = os.getenv("VALID_FROM")
local threads = tonumber(os.getenv("THREADS"))
local counter = 0

setup = function(thread)
  counter = counter + 1
  thread:set("offset", counter - 1)
end

local n = 0
request = function()
  local index = offset + n * threads + 1
  n = n + 1
  if index > #choices then
    -- every person has had a choice: ask for the first again, which DOC-16 refuses (counted as non-2xx)
    index = offset + 1
  end
  local choice = choices[index]
  local body = string.format(
    '{"persons":[{"cpr":"%s","consent":"YES"}],"providerNumber":"%s","validFrom":"%s","reason":"SELF_CHOSEN"}',
    choice[1], choice[2], valid_from)
  return wrk.format("POST", "/doctor-choices", headers, body)
end

done = result.done
