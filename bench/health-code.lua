-- wrk script for bench/health-code.sh: each request shows the health code of a random signed-in resident.
-- args: <file of resident access tokens>
local residents = {}

function init(args)
  for line in io.lines(args[1]) do residents[#residents + 1] = line end
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  local token = residents[math.random(#residents)]
  return wrk.format("GET", "/api/v1/me/health-code", { ["Authorization"] = "Bearer " .. token })
end
