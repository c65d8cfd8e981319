-- Co-sign POSTs, each from a different member's session (lines.lua), so no pair repeats.
dofile(os.getenv("BENCH_LUA_DIR") .. "/lines.lua")

function request()
  local path, session, token = next_line(false)
  local headers = {
    ["Cookie"] = "sessionid=" .. session .. "; csrftoken=" .. token,
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["X-CSRFToken"] = token,
  }
  return wrk.format("POST", path, headers, "csrfmiddlewaretoken=" .. token .. "&credit=anonymous&statement=")
end
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")
