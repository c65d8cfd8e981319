-- A logged-in member's GETs: the session cookie comes from BENCH_SESSION.
wrk.headers["Cookie"] = "sessionid=" .. os.getenv("BENCH_SESSION")
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")
