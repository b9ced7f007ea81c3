#!/usr/bin/env node
// The Bolt side of bench/slack/host-bench.sh: @slack/bolt 5.1 (tests/peers/slack's pinned install) on Bolt's
// HTTPReceiver, listening on 127.0.0.1 only, the way ../shared/peers/slack/bolt-app.mjs runs it.
//
//   PORT=3201 SECRET=test-secret node bench/slack/bolt-app.mjs
//
// POST /slack/events: v0 signature and 5-minute window checked by Bolt, app_mention events acknowledged (Bolt acks
// events before its listeners run). GET /stats: {"appMentions":N,"outboundWebApiCalls":N}. The Web API is never
// called: bot id and user are given, token verification is off, and every Web API call is counted and refused.
import { createRequire } from "node:module";

const require = createRequire(new URL("../../tests/peers/slack/package.json", import.meta.url));
const bolt = require("@slack/bolt");
const { WebClient } = require("@slack/web-api");
const { App, LogLevel } = bolt;

const port = Number(process.env.PORT ?? 3201);
const host = "127.0.0.1";
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`bolt-app: bad PORT ${process.env.PORT}`);
  process.exit(2);
}

const stats = { appMentions: 0, outboundWebApiCalls: 0, version: require("@slack/bolt/package.json").version };
WebClient.prototype.apiCall = async function apiCall(method) {
  stats.outboundWebApiCalls++;
  throw new Error(`bolt-app: outbound Web API call to ${method} refused`);
};

const app = new App({
  signingSecret: process.env.SECRET ?? "test-secret",
  token: "xoxb-test",
  botId: "B000TEST",
  botUserId: "U000TEST",
  tokenVerificationEnabled: false,
  logLevel: LogLevel.ERROR,
  clientOptions: { slackApiUrl: "http://127.0.0.1:9/api/", retryConfig: { retries: 0 } },
  customRoutes: [
    {
      path: "/stats",
      method: ["GET"],
      handler: (_req, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(stats));
      },
    },
  ],
});

app.event("app_mention", async () => {
  stats.appMentions++;
});
app.error(async (error) => {
  console.error(`bolt-app: ${error.code ?? ""} ${error.message}`);
});

await app.start({ port, host });
const stop = async () => {
  await app.stop().catch(() => {});
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
