#!/usr/bin/env node
// Parses, validates and renders Adaptive Cards with the official `adaptivecards` library in headless Chromium.
//
//   node render-cards.mjs OUT_DIR CARD.json [CARD.json ...]
//
// Prints one JSON report on stdout: [{ "card", "events": [{ "kind", "event", "message" }], "rendered", "png" }].
// Every event the library raises while parsing, from validateProperties(), or while rendering is reported; the
// caller decides what fails. One browser serves every card, so a test run pays for one launch.
// Exit 0 = report written; 2 = usage, unreadable card or browser failure.
import { chromium } from "playwright-core";
import { readFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const acDir = dirname(require.resolve("adaptivecards/dist/adaptivecards.min.js"));
const markdownIt = require.resolve("markdown-it/browser");

const [outDir, ...cardPaths] = process.argv.slice(2);
if (!outDir || cardPaths.length === 0) {
  console.error("usage: node render-cards.mjs OUT_DIR CARD.json [CARD.json ...]");
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });

const profile = mkdtempSync(join(tmpdir(), "chatops-ac-"));
let context;
let code = 0;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run"],
    viewport: { width: 560, height: 900 },
    offline: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  await page.setContent('<!doctype html><html><body style="margin:0;padding:16px;background:#f5f5f5;font-family:sans-serif"><div id="card" style="width:500px;background:#fff"></div></body></html>');
  await page.addStyleTag({ path: join(acDir, "adaptivecards.css") });
  await page.addScriptTag({ path: markdownIt });
  await page.addScriptTag({ path: join(acDir, "adaptivecards.min.js") });

  const report = [];
  for (const path of cardPaths) {
    const json = JSON.parse(readFileSync(path, "utf8"));
    const result = await page.evaluate((cardJson) => {
      const AC = window.AdaptiveCards;
      const md = window.markdownit();
      AC.AdaptiveCard.onProcessMarkdown = (text, r) => { r.outputHtml = md.render(text); r.didProcess = true; };
      const events = [];
      const name = (e) => AC.ValidationEvent[e] ?? String(e);
      const card = new AC.AdaptiveCard();
      const ctx = new AC.SerializationContext();
      card.parse(cardJson, ctx);
      for (let i = 0; i < ctx.eventCount; i++) {
        const ev = ctx.getEventAt(i);
        events.push({ kind: "parse", event: name(ev.event), message: ev.message });
      }
      for (const ev of card.validateProperties().validationEvents) {
        events.push({ kind: "validate", event: name(ev.event), message: ev.message });
      }
      const host = document.getElementById("card");
      host.innerHTML = "";
      let rendered = false;
      try {
        const el = card.render();
        if (el) { host.appendChild(el); rendered = true; }
      } catch (e) {
        events.push({ kind: "render", event: "Exception", message: String(e) });
      }
      return { events, rendered };
    }, json);
    for (const message of pageErrors.splice(0)) result.events.push({ kind: "page", event: "PageError", message });
    const png = join(outDir, basename(path).replace(/\.json$/, "") + ".png");
    if (result.rendered) await page.locator("#card").screenshot({ path: png });
    report.push({ card: path, events: result.events, rendered: result.rendered, png: result.rendered ? png : null });
  }
  process.stdout.write(JSON.stringify(report));
} catch (e) {
  console.error(`render-cards: ${e && e.stack ? e.stack : e}`);
  code = 2;
} finally {
  if (context) await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(code);
