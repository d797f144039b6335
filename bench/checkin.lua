-- wrk script for bench/checkin.sh: each request is a check-in of a random resident at a random venue.
-- args: <file of resident access tokens> <file of venue tokens>
local residents, venues = {}, {}

function init(args)
  for line in io.lines(args[1]) do residents[#residents + 1] = line end
  for line in io.lines(args[2]) do venues[#venues + 1] = line end
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  local token = residents[math.random(#residents)]
  local venue = venues[math.random(#venues)]
  return wrk.format("POST", "/api/v1/checkins",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token },
    '{"venueToken":"' .. venue .. '","companionIds":[],"channel":"APP"}')
end
