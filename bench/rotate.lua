-- wrk -s bench/rotate.lua URL -- PATHS_FILE (bench_api.py): each request takes the next path of the
-- file (one per line, cycling) plus a tail `_=<n>` unique to the request, so no request repeats a URL
-- and the read cache never holds its answer: the miss path of a planner's traffic.
local paths, n = {}, 0

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
end

function request()
  n = n + 1
  local path = paths[(n - 1) % #paths + 1]
  local sep = string.find(path, "?", 1, true) and "&" or "?"
  return wrk.format("GET", path .. sep .. "_=" .. n)
end
