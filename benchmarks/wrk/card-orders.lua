-- POST /card-orders as citizens in self-service, each request another citizen ordering their own damaged card
-- (charged, paid by payment card through Nets: PAY-1, CARD-3). ORDERS_FILE has lines "cpr token", the token the
-- citizen's own; thread i of n takes lines i, i+n, i+2n, ... The Idempotency-Key makes a resent request harmless.
package.path = os.getenv("WRK_DIR") .. "/?.lua;" .. package.path
local result = require("result")

local orders = {}
for line in io.lines(os.getenv("ORDERS_FILE")) do
  local cpr, token = line:match("(%d+)%s+(%S+)")
  orders[#orders + 1] = { cpr, token }
end
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
  if index > #orders then
    -- every citizen has ordered: the first again, with the same key, is answered from the first order (no new one)
    index = offset + 1
  end
  local order = orders[index]
  local headers = { ["Authorization"] = "Bearer " .. order[2], ["Content-Type"] = "application/json",
                    ["Idempotency-Key"] = "benchmark-card-" .. order[1] }
  local body = string.format('{"cards":[{"cpr":"%s","reason":"DAMAGED"}]}', order[1])
  return wrk.format("POST", "/card-orders", headers, body)
end

done = result.done
