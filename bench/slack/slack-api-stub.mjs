#!/usr/bin/env node
// A loopback Slack Web API for bench/slack/host-bench.sh's end-to-end runs: answers POST /api/<method> as Slack does
// (ok:true), and counts the answers the host posts. Every benchmark event is a mention in its own thread, so a
// thread_ts that gets a second chat.postMessage is an event answered twice.
//
//   PORT=3202 node bench/slack/slack-api-stub.mjs        # 127.0.0.1 only
//
// GET /stats: {"posts":N,"threads":N,"answeredTwice":N,"calls":{method:N}}
import { createServer } from "node:http";

const port = Number(process.env.PORT ?? 3202);
const answered = new Map();
const stats = { posts: 0, threads: 0, answeredTwice: 0, calls: {} };
let ts = 0;

const server = createServer((req, res) => {
  if (req.method === "GET" && req.url === "/stats") {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(stats));
    return;
  }
  const method = req.method === "POST" && req.url.startsWith("/api/") ? req.url.slice(5).split("?")[0] : null;
  if (!method) {
    res.writeHead(404).end();
    return;
  }
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => {
    stats.calls[method] = (stats.calls[method] ?? 0) + 1;
    let answer = { ok: true };
    if (method === "chat.postMessage") {
      let body = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch {
        // counted as a post without a thread
      }
      stats.posts++;
      const thread = body.thread_ts ?? "";
      const seen = answered.get(thread) ?? 0;
      answered.set(thread, seen + 1);
      if (seen === 0) stats.threads++;
      else if (seen === 1) stats.answeredTwice++;
      ts++;
      answer = { ok: true, channel: body.channel, ts: `1800000000.${String(ts).padStart(6, "0")}` };
    } else if (method === "auth.test") {
      answer = { ok: true, url: "https://bench.slack.com/", team: "bench", user: "chatops", team_id: "T000TEST", user_id: "U000TEST", bot_id: "B000TEST" };
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(answer));
  });
});
server.keepAliveTimeout = 60_000;
server.listen(port, "127.0.0.1");
process.on("SIGTERM", () => process.exit(0));
