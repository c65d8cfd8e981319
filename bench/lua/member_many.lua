-- First views of the members' home: each request comes from a different member's session
-- (lines.lua, read from the end), so no page kept for a reader helps.
dofile(os.getenv("BENCH_LUA_DIR") .. "/lines.lua")

function request()
  local _path, session = next_line(true)
  return wrk.format("GET", nil, {["Cookie"] = "sessionid=" .. session})
end
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")
