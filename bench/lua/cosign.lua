-- Co-sign POSTs, each from a different member's session, read from BENCH_COSIGN_FILE
-- (lines "path|sessionid|csrftoken"). Threads take disjoint lines, so no pair repeats.
local lines = {}
local counter = 0
local step = 1
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(os.getenv("BENCH_COSIGN_FILE")) do
    table.insert(lines, line)
  end
  step = tonumber(os.getenv("BENCH_THREADS") or "2")
  counter = id
end

function request()
  local i = (counter % #lines) + 1
  counter = counter + step
  local path, session, token = lines[i]:match("([^|]+)|([^|]+)|([^|]+)")
  local headers = {
    ["Cookie"] = "sessionid=" .. session .. "; csrftoken=" .. token,
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["X-CSRFToken"] = token,
  }
  return wrk.format("POST", path, headers, "csrfmiddlewaretoken=" .. token .. "&credit=anonymous&statement=")
end
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")
