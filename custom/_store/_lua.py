"""The gate's transitions as Lua scripts, run atomically by Redis (one script at a time).

They are ``MemoryStore``'s transitions, field for field; a change to one is a change to both
(``tests/redis/test_store_conformance.py`` runs the same scenarios on each).

Per group, a hash ``KEYS[1]``: ``bu`` blocked until, ``b`` budget (absent: unknown), ``we``
window end, ``l`` limit, ``w`` window, ``wt`` window told by the server, ``a`` answered,
``pl``/``pu`` the probe's lease and when waiting for it ends; the send-anchored bounds:
``et`` the largest ``sent + reset`` of the window (comma-separated, largest first), ``g``
guard, ``lu`` late until, ``eu`` early until; ``fl`` the window's smallest ``remaining``,
``un`` its requests that ended unanswered (``MemoryStore._GroupState`` says what each
means). ``KEYS[2]`` is a sorted set of
the leases in flight scored by when they expire, so a dead process's requests stop counting.
The last eight ARGV of every script are ``MAX_BLOCK``, ``MAX_PROACTIVE_BLOCK``,
``GUARD_DECAY``, ``MAX_GUARD``, ``LATE_HOLD``, ``MIN_GUARD_AFTER_429``, ``GUARD_SAMPLES`` and
``GUARD_FACTOR``.
``KEYS[3]``, when given, is the organization's hash (``bu`` only). ``ARGV[1]`` is the time
(empty: the Redis server's clock, one clock for every host). Every key gets a TTL.
"""

from __future__ import annotations

__all__ = ["ADMIT", "ANSWERED", "BLOCK", "DEDUPE", "PEEK", "RELEASE"]

_COMMON = r"""
local KEEP = 60
local MAX_BLOCK, MAX_PROACTIVE = tonumber(ARGV[#ARGV - 7]), tonumber(ARGV[#ARGV - 6])
local GUARD_DECAY, MAX_GUARD = tonumber(ARGV[#ARGV - 5]), tonumber(ARGV[#ARGV - 4])
local LATE_HOLD, MIN_GUARD = tonumber(ARGV[#ARGV - 3]), tonumber(ARGV[#ARGV - 2])
local SAMPLES, FACTOR = tonumber(ARGV[#ARGV - 1]), tonumber(ARGV[#ARGV])
local function clock(arg)
  if arg ~= nil and arg ~= '' then return tonumber(arg) end
  local t = redis.call('TIME')
  return tonumber(t[1]) + tonumber(t[2]) / 1000000
end
local function opt(v)
  if v == nil or v == false or v == '' then return nil end
  return tonumber(v)
end
local function fmt(x) return string.format('%.17g', x) end
local FIELDS = {'bu', 'b', 'we', 'l', 'w', 'wt', 'a', 'pl', 'pu', 'et', 'g', 'lu', 'eu', 'fl',
                'un'}
local function samples(text)
  local list = {}
  if text then for v in string.gmatch(text, '[^,]+') do table.insert(list, tonumber(v)) end end
  return list
end
local function load(key)
  local v = redis.call('HMGET', key, unpack(FIELDS))
  return {bu = opt(v[1]) or 0, b = opt(v[2]), we = opt(v[3]) or 0, l = opt(v[4]),
          w = opt(v[5]), wt = v[6] == '1', a = v[7] == '1', pl = v[8] or nil, pu = opt(v[9]),
          et = samples(v[10] or nil), g = opt(v[11]), lu = opt(v[12]) or 0,
          eu = opt(v[13]) or 0, fl = opt(v[14]), un = opt(v[15]) or 0}
end
local function save(key, s, now)
  local set, del = {}, {}
  local function put(name, value)
    if value == nil then table.insert(del, name) else
      table.insert(set, name); table.insert(set, value) end
  end
  put('bu', fmt(s.bu)); put('b', s.b and fmt(s.b)); put('we', fmt(s.we))
  put('l', s.l and fmt(s.l)); put('w', s.w and fmt(s.w))
  put('wt', s.wt and '1' or '0'); put('a', s.a and '1' or '0')
  put('pl', s.pl); put('pu', s.pu and fmt(s.pu))
  local et = {}
  for i, v in ipairs(s.et) do et[i] = fmt(v) end
  put('et', #et > 0 and table.concat(et, ',') or nil); put('g', s.g and fmt(s.g))
  put('lu', fmt(s.lu)); put('eu', fmt(s.eu))
  put('fl', s.fl and fmt(s.fl)); put('un', fmt(s.un))
  if #del > 0 then redis.call('HDEL', key, unpack(del)) end
  redis.call('HSET', key, unpack(set))
  local last = math.max(s.bu, s.we, s.pu or 0, s.lu, now)
  redis.call('PEXPIRE', key, math.ceil((last - now + KEEP) * 1000))
end
local function in_flight(leases, now)
  redis.call('ZREMRANGEBYSCORE', leases, '-inf', now)
  return redis.call('ZCARD', leases)
end
local function release_at(s, now)
  -- the send-anchored bound plus the guard, never after the receive-anchored one
  if #s.et == 0 or s.g == nil or now < s.lu then return s.we end
  return math.min(s.we, s.et[1] + s.g)
end
local function sendable(s, flying)
  -- the budget, and at most the window's smallest ``remaining`` less what may not be in it
  if s.fl == nil or s.b == nil then return s.b end
  return math.min(s.b, s.fl - flying - s.un)
end
local function close_window(s)
  -- a told window is over: learn the guard from its answers' spread
  if #s.et >= 2 then
    local spread = FACTOR * (s.et[1] - s.et[#s.et])
    s.g = math.min(MAX_GUARD, math.max(spread, (s.g or 0) * GUARD_DECAY))
  end
  s.et = {}
end
local function org_until(key)
  if key == nil then return 0 end
  return opt(redis.call('HGET', key, 'bu')) or 0
end
"""

ADMIT = (
    _COMMON
    + r"""
-- ARGV: now, jitter, lease id, lease timeout, probe patience, probe poll
local now, jitter = clock(ARGV[1]), tonumber(ARGV[2])
local lease, timeout = ARGV[3], tonumber(ARGV[4])
local patience, poll = tonumber(ARGV[5]), tonumber(ARGV[6])
local s = load(KEYS[1])
local until_ = math.max(s.bu, org_until(KEYS[3]))
if now < until_ then return {'wait', fmt(until_ - now)} end
if s.pl and s.pu and now < s.pu then
  -- the probe of another request is out: ask again soon (past ``pu``, everyone goes blind)
  return {'poll', fmt(math.min(poll, s.pu - now))}
end
if s.b and now >= release_at(s, now) then
  -- a window started blind: the known limit (at least one request), or anything
  if now < s.we then s.eu = s.we end
  close_window(s)
  if s.l then s.b = math.max(1, s.l) else s.b = nil end
  s.fl, s.un = nil, 0
  s.we = now + math.min(s.w or 1, MAX_PROACTIVE); s.wt = false
end
local left = sendable(s, in_flight(KEYS[2], now))
if left and left <= 0 then
  s.bu = release_at(s, now) + jitter
  save(KEYS[1], s, now)
  return {'wait', fmt(s.bu - now)}
end
local probe = '0'
if s.b then s.b = s.b - 1
elseif s.pl == nil and not s.a and s.l == nil then
  s.pl, s.pu, probe = lease, now + patience, '1'
end
redis.call('ZADD', KEYS[2], now + timeout, lease)
redis.call('PEXPIRE', KEYS[2], math.ceil((timeout + KEEP) * 1000))
save(KEYS[1], s, now)
return {'go', probe, now < s.eu and '1' or '0'}
"""
)

ANSWERED = (
    _COMMON
    + r"""
-- ARGV: now, lease id (empty: headers learned outside a request's lease), jitter,
-- limit, window, remaining, reset (empty: not told), sent (seconds ago; empty: unknown)
local now, lease, jitter = clock(ARGV[1]), ARGV[2], tonumber(ARGV[3])
local limit, window, remaining, reset = opt(ARGV[4]), opt(ARGV[5]), opt(ARGV[6]), opt(ARGV[7])
local sent = opt(ARGV[8])
local s = load(KEYS[1])
if lease ~= '' then redis.call('ZREM', KEYS[2], lease); s.a = true end
if limit and limit > 0 then s.l = limit end
if window and window > 0 then s.w = math.min(window, MAX_PROACTIVE) end
if remaining == nil or reset == nil or reset < 0 then save(KEYS[1], s, now) return 0 end
reset = math.min(reset, MAX_PROACTIVE)
local end_ = now + reset
s.w = math.max(s.w or 0, reset)
local slack = math.max(0.05, 0.5 * s.w)
local low = nil
if sent then low = math.min(end_, now - math.max(0, sent) + reset) end
if s.b == nil or now >= s.we or (low or end_) > s.we + slack then
  if s.wt then close_window(s) end
  s.b, s.fl, s.un = math.max(0, remaining), remaining, 0
  s.we, s.wt = end_, true
  s.et = {}
  if low then s.et = {low} end
elseif end_ >= s.we - slack then
  if s.fl then s.fl = math.min(s.fl, remaining) else s.fl = remaining end
  if s.wt then s.we = math.min(s.we, end_) else s.we = end_ end
  s.wt = true
  if low then
    table.insert(s.et, low)
    table.sort(s.et, function(a, b) return a > b end)
    while #s.et > SAMPLES do table.remove(s.et) end
  end
else
  save(KEYS[1], s, now) return 0
end
if remaining <= 0 then s.bu = math.max(s.bu, release_at(s, now) + jitter) end
save(KEYS[1], s, now)
return 1
"""
)

RELEASE = r"""
-- ARGV: lease id. Still in flight: it ended unanswered, and may have been counted.
if redis.call('ZREM', KEYS[2], ARGV[1]) == 1 and redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('HINCRBY', KEYS[1], 'un', 1)
end
if redis.call('HGET', KEYS[1], 'pl') == ARGV[1] then redis.call('HDEL', KEYS[1], 'pl', 'pu') end
return 1
"""

BLOCK = (
    _COMMON
    + r"""
-- ARGV: now, wait, limit (empty: unknown), avoidable ('1': the request was sent early)
local now, wait, limit = clock(ARGV[1]), tonumber(ARGV[2]), opt(ARGV[3])
local s = load(KEYS[1])
local until_ = now + math.min(math.max(0, wait), MAX_BLOCK)
s.bu = math.max(s.bu, until_)
s.we, s.wt, s.b, s.fl, s.un = s.bu, false, 0, nil, 0
close_window(s)
s.eu = 0
if ARGV[4] == '1' then
  s.lu = math.max(s.lu, now + LATE_HOLD)
  s.g = math.min(MAX_GUARD, math.max(MIN_GUARD, 2 * (s.g or 0)))
end
if limit and limit > 0 then s.l = limit end
save(KEYS[1], s, now)
if KEYS[3] then
  local org = math.max(org_until(KEYS[3]), until_)
  redis.call('HSET', KEYS[3], 'bu', fmt(org))
  redis.call('PEXPIRE', KEYS[3], math.ceil((org - now + KEEP) * 1000))
end
return fmt(s.bu - now)
"""
)

PEEK = (
    _COMMON
    + r"""
-- ARGV: now. Returns {seconds blocked from now, requests in flight}.
local now = clock(ARGV[1])
local s = load(KEYS[1])
local until_ = math.max(s.bu, org_until(KEYS[3]))
return {fmt(math.max(0, until_ - now)), in_flight(KEYS[2], now)}
"""
)

DEDUPE = (
    _COMMON
    + r"""
-- A webhook key: 1 the first time within the window, else 0. The value is when the window
-- ends (on the store's clock, which may be injected); the TTL removes the key after it.
-- ARGV: now, window seconds
local now, window = clock(ARGV[1]), tonumber(ARGV[2])
local until_ = opt(redis.call('GET', KEYS[1]))
if until_ and until_ > now then return 0 end
redis.call('SET', KEYS[1], fmt(now + window), 'PX', math.max(1, math.ceil(window * 1000)))
return 1
"""
)
