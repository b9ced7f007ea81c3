#!/usr/bin/env node
// Asks @slack/bolt's own request verifier (verifySlackRequest, the code path
// Bolt's receivers run on every request) for its verdict on signed requests.
//
//   node bolt-verify.mjs < cases.json
//
// stdin:  [{"name", "secret", "timestamp", "signature", "body", "nowSeconds"}]
//         timestamp and signature are the raw header values ("" = missing);
//         body is the raw body as UTF-8 text.
// stdout: [{"name", "valid", "error"}]   valid = Bolt accepted the request
// With "sign": true in a case, the signature is made here first (HMAC-SHA256
// with node:crypto, as slack/sign.mjs does) and returned, and Bolt must accept it.
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import bolt from "@slack/bolt";

const { verifySlackRequest } = bolt;
const cases = JSON.parse(readFileSync(0, "utf8"));
const results = cases.map((c) => {
  let signature = c.signature;
  if (c.sign) {
    signature = `v0=${createHmac("sha256", c.secret).update(`v0:${c.timestamp}:${c.body}`).digest("hex")}`;
  }
  const headers = {};
  // Bolt reads the timestamp header as a number (HTTPModuleFunctions parses it with Number()).
  if (c.timestamp !== "") headers["x-slack-request-timestamp"] = Number(c.timestamp);
  if (signature !== "") headers["x-slack-signature"] = signature;
  try {
    verifySlackRequest({ signingSecret: c.secret, body: c.body, headers, nowMilliseconds: c.nowSeconds * 1000 });
    return { name: c.name, valid: true, error: null, signature };
  } catch (e) {
    return { name: c.name, valid: false, error: String(e.message ?? e), signature };
  }
});
process.stdout.write(JSON.stringify(results));
