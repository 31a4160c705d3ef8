// Lua run inside Redis, so each operation is one atomic step across replicas. Slot keys are sorted sets of
// holder ids scored by expiry (ms, Redis's own clock, so replicas' clocks need not agree); a member whose
// score has passed is dead and is dropped by the next script that touches the key.

const clock = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

// A key lives as long as its longest-lived holder, so an idle key disappears by itself.
const keepKeyFor = `local function keep(key, ttl)
  if redis.call('PTTL', key) < ttl then redis.call('PEXPIRE', key, ttl) end
end`;

/** KEYS[1]; ARGV[1] window ms -> { count, ms left in the window }. The window opens with the first attempt. */
export const COUNT_ATTEMPT = `local n = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if n == 1 or ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return { n, ttl }`;

/** KEYS[1] -> { count, ms left } without counting. */
export const PEEK_ATTEMPTS = `local n = redis.call('GET', KEYS[1])
if not n then return { 0, 0 } end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then ttl = 0 end
return { tonumber(n), ttl }`;

/** KEYS[1]: one attempt fewer in the current window (the window's expiry stays), never below 0. */
export const REFUND_ATTEMPT = `local n = tonumber(redis.call('GET', KEYS[1]) or '0')
if n > 0 then redis.call('DECR', KEYS[1]) end
return 0`;

/** KEYS slot keys; ARGV[1] holder, ARGV[2] ttl ms, ARGV[3..] caps -> 0 when taken, else the 1-based refused key. */
export const ACQUIRE_SLOTS = `${clock}
${keepKeyFor}
local holder, ttl = ARGV[1], tonumber(ARGV[2])
for i, key in ipairs(KEYS) do
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now)
  if not redis.call('ZSCORE', key, holder) and redis.call('ZCARD', key) >= tonumber(ARGV[i + 2]) then
    return i
  end
end
for _, key in ipairs(KEYS) do
  redis.call('ZADD', key, now + ttl, holder)
  keep(key, ttl)
end
return 0`;

/** KEYS slot keys; ARGV[1] holder, ARGV[2] ttl ms -> 1 when every slot was still held (and is extended), else 0. */
export const RENEW_SLOTS = `${clock}
${keepKeyFor}
local holder, ttl = ARGV[1], tonumber(ARGV[2])
local all = 1
for _, key in ipairs(KEYS) do
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now)
  if redis.call('ZSCORE', key, holder) then
    redis.call('ZADD', key, 'XX', now + ttl, holder)
    keep(key, ttl)
  else
    all = 0
  end
end
return all`;

/** KEYS[1] -> its unexpired holders. */
export const COUNT_SLOTS = `${clock}
return redis.call('ZCOUNT', KEYS[1], '(' .. now, '+inf')`;
