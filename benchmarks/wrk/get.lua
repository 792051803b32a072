-- GET PATH_TEMPLATE (with %s for a CPR number drawn at random from CPR_FILE, or a fixed path without %s), with the
-- bearer TOKEN. Each wrk thread draws from its own seeded stream, so every run asks for the same persons.
package.path = os.getenv("WRK_DIR") .. "/?.lua;" .. package.path
local result = require("result")

local cprs = {}
local cpr_file = os.getenv("CPR_FILE")
if cpr_file and cpr_file ~= "" then
  for line in io.lines(cpr_file) do
    cprs[#cprs + 1] = line
  end
end
local token = os.getenv("TOKEN")
local path = os.getenv("PATH_TEMPLATE")
local headers = { ["Authorization"] = "Bearer " .. token }
local counter = 0

setup = function(thread)
  counter = counter + 1
  thread:set("seed", 20261202 + counter)
end

init = function()
  math.randomseed(seed)
end

request = function()
  if #cprs == 0 then
    return wrk.format("GET", path, headers)
  end
  return wrk.format("GET", string.format(path, cprs[math.random(#cprs)]), headers)
end

delay = result.delay
done = result.done
