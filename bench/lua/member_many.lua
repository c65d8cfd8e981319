-- First views of the members' home: each request comes from a different member's session
-- (the sessions in BENCH_COSIGN_FILE, read from its end), so no page kept for a reader helps.
local sessions = {}
local counter = 0
local step = 1
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(os.getenv("BENCH_COSIGN_FILE")) do
    local _, session = line:match("([^|]+)|([^|]+)|")
    table.insert(sessions, session)
  end
  step = tonumber(os.getenv("BENCH_THREADS") or "2")
  counter = id
end

function request()
  local i = #sessions - (counter % #sessions)
  counter = counter + step
  return wrk.format("GET", nil, {["Cookie"] = "sessionid=" .. sessions[i]})
end
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")
