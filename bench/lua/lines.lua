-- The lines of BENCH_COSIGN_FILE ("path|sessionid|csrftoken", one member each), shared out so
-- that wrk's threads never take the same line: thread k takes lines k, k + threads, ...
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

-- The next line's path, session and token; `from_end` reads the file from its last line.
function next_line(from_end)
  local i = (counter % #lines) + 1
  counter = counter + step
  if from_end then
    i = #lines - i + 1
  end
  return lines[i]:match("([^|]+)|([^|]+)|([^|]+)")
end
