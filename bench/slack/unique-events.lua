-- wrk script of bench/slack/host-bench.sh: every request is a new app_mention event, with its own event_id and its
-- own ts (so its own thread), signed at send time with Slack's v0 scheme: HMAC-SHA256 of "v0:<timestamp>:<body>",
-- computed with OpenSSL's libcrypto through LuaJIT's ffi. A burst of real Slack events looks like this; repeating
-- one signed request would measure a de-duplication hit instead of an acceptance.
--
-- Arguments after wrk's --: RUN SECRET [PRESIGN]. RUN (a whole number) keeps the runs' event ids and threads apart:
-- event_id Ev<RUN>x<thread>x<n>, ts <1700000000 + 16*RUN + thread>.<n, six digits>.
-- PRESIGN (default 0): each thread makes and signs its first PRESIGN requests in init(), before wrk starts its clock,
-- and sends those in order; past them it signs at send time. The requests are the same either way (each its own event,
-- signed over its own body); signing at send time cost wrk about 7 µs of CPU per request (Lua and OpenSSL), on the
-- same 2 cores as the server it measures.
local ffi = require("ffi")
ffi.cdef [[
typedef struct evp_md_st EVP_MD;
const EVP_MD *EVP_sha256(void);
unsigned char *HMAC(const EVP_MD *evp_md, const void *key, int key_len, const unsigned char *d, size_t n,
                    unsigned char *md, unsigned int *md_len);
]]
local crypto = ffi.load("libcrypto.so.3")

local created = 0
function setup(thread)
  created = created + 1
  thread:set("tid", created)
end

local run, secret, n, md, md_len, sha256, hex, headers
local body_format = '{"token":"unused","team_id":"T000TEST","api_app_id":"A000TEST","event":{"type":"app_mention",'
  .. '"user":"U0ALICE01","text":"<@U000TEST> help","ts":"%s","channel":"C0123456789","event_ts":"%s"},'
  .. '"type":"event_callback","event_id":"Ev%dx%dx%d","event_time":%d,'
  .. '"authorizations":[{"team_id":"T000TEST","user_id":"U000TEST","is_bot":true}]}'

local presigned, sent = {}, 0

function init(args)
  run = tonumber(args[1] or "1")
  secret = args[2] or "test-secret"
  n = 0
  md = ffi.new("unsigned char[32]")
  md_len = ffi.new("unsigned int[1]")
  sha256 = crypto.EVP_sha256()
  hex = {}
  for i = 0, 255 do hex[i] = string.format("%02x", i) end
  headers = { ["Content-Type"] = "application/json" }
  for i = 1, tonumber(args[3] or "0") do presigned[i] = sign_next() end
end

function request()
  sent = sent + 1
  local ready = presigned[sent]
  if ready then
    presigned[sent] = nil
    return ready
  end
  return sign_next()
end

local digits = {}
function sign_next()
  n = n + 1
  local now = os.time()
  local ts = string.format("%d.%06d", 1700000000 + 16 * run + tid, n)
  local body = string.format(body_format, ts, ts, run, tid, n, now)
  local base = "v0:" .. now .. ":" .. body
  crypto.HMAC(sha256, secret, #secret, base, #base, md, md_len)
  for i = 0, 31 do digits[i + 1] = hex[md[i]] end
  headers["X-Slack-Request-Timestamp"] = tostring(now)
  headers["X-Slack-Signature"] = "v0=" .. table.concat(digits)
  return wrk.format("POST", nil, headers, body)
end
