// The ChatOps console: talk to the bot as one of the policy's people, in threads, with working approval cards.
"use strict";

const api = "/console/api";
const state = { person: null, thread: null, shown: "" };
const $ = (id) => document.getElementById(id);

function escapeHtml(text) {
  return String(text ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

// Light Markdown for answers: **bold** and `code`; everything else is text.
function inline(text) {
  return escapeHtml(text).replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>").replace(/`([^`]+)`/g, "<code>$1</code>");
}

function draftHtml(draft) {
  const byNumber = new Map(draft.citations.map((c) => [String(c.number), c]));
  return escapeHtml(draft.text).replace(/\[(\d+)\]/g, (whole, n) => {
    const c = byNumber.get(n);
    if (!c) return whole;
    const title = escapeHtml(`${c.sourceId} (${c.kind}): ${c.title}\n${c.abstract}`);
    const href = c.uri ? escapeHtml(c.uri) : "#";
    return `<a class="cite" href="${href}" target="_blank" rel="noopener" title="${title}" data-source="${escapeHtml(c.sourceId)}">[${n}]</a>`;
  });
}

function cardHtml(card, index) {
  const parts = [`<div class="card ${card.tone}" data-kind="${card.kind}">`];
  parts.push(`<h3>${escapeHtml(card.title)}${card.aiGenerated ? '<span class="ai">AI-generated</span>' : ""}</h3>`);
  if (card.subtitle) parts.push(`<p class="subtitle">${escapeHtml(card.subtitle)}</p>`);
  if (card.draft) {
    parts.push(`<div class="draft">${draftHtml(card.draft)}</div>`);
    if (card.draft.citations.length) {
      parts.push("<ol class=\"sources\">" + card.draft.citations.map((c) =>
        `<li value="${c.number}" title="${escapeHtml(c.supportingSentence || c.abstract)}">${c.uri ? `<a href="${escapeHtml(c.uri)}" target="_blank" rel="noopener">` : ""}${escapeHtml(c.sourceId)} · ${escapeHtml(c.title)}${c.uri ? "</a>" : ""} <small>(${escapeHtml(c.kind)})</small></li>`).join("") + "</ol>");
    }
  }
  if (card.facts.length) {
    parts.push("<table>" + card.facts.map((f) => `<tr><td>${escapeHtml(f.label)}</td><td>${escapeHtml(f.value)}</td></tr>`).join("") + "</table>");
  }
  if (card.findings.length) {
    parts.push("<ul class=\"findings\">" + card.findings.map((f) =>
      `<li><span class="rule">${escapeHtml(f.rule)}</span> “${escapeHtml(f.statement)}”<br>${escapeHtml(f.message)}<br><em>Fix: ${escapeHtml(f.suggestion)}</em></li>`).join("") + "</ul>");
  }
  for (const p of card.paragraphs) parts.push(`<p>${inline(p)}</p>`);
  if (card.actions.length) {
    const mayAct = card.actionableBy.length === 0 || card.actionableBy.includes(state.person);
    if (mayAct) {
      parts.push('<div class="actions">' + card.actions.map((a, i) =>
        (a.input ? `<textarea data-input="${index}-${i}" placeholder="${escapeHtml(a.input.placeholder ?? a.input.label)}" aria-label="${escapeHtml(a.input.label)}">${escapeHtml(a.input.initialValue ?? "")}</textarea>` : "") +
        `<button type="button" class="${a.style}" data-card="${index}" data-action="${i}">${escapeHtml(a.label)}</button>`).join("") + "</div>");
    } else {
      parts.push(`<p class="readonly">Waiting for ${escapeHtml(card.actionableBy.join(", "))}.</p>`);
    }
  }
  parts.push("</div>");
  return parts.join("");
}

async function request(path, options) {
  const response = await fetch(api + path, { headers: { "Content-Type": "application/json" }, ...options });
  if (!response.ok && response.status !== 202) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail || `${response.status} ${response.statusText}`);
  }
  return response.status === 202 ? null : response.json();
}

let entries = [];

// Approval cards are drawn by the official Adaptive Cards renderer, from the same JSON Teams receives.
function renderAdaptive(target, index) {
  const entry = entries[index];
  const card = new AdaptiveCards.AdaptiveCard();
  card.onExecuteAction = (action) => {
    const submitted = action.data || {};
    const ours = submitted.chatops || {};
    const inputs = {};
    for (const [key, value] of Object.entries(submitted)) {
      if (key !== "chatops") inputs[key] = String(value);
    }
    const required = entry.card.actions.find((a) => a.verb === ours.verb)?.input;
    if (required && required.required && !(inputs[required.id] || "").trim()) {
      alert(`${required.label} is required.`);
      return;
    }
    request(`/threads/${encodeURIComponent(state.thread)}/actions`, {
      method: "POST", body: JSON.stringify({ as: state.person, verb: ours.verb, data: ours.data || {}, inputs }),
    }).catch((err) => alert(err.message));
  };
  card.parse(entry.adaptiveCard);
  const element = card.render();
  if (element) target.appendChild(element);
}

async function refreshThread() {
  if (!state.thread) return;
  entries = await request(`/threads/${encodeURIComponent(state.thread)}?as=${encodeURIComponent(state.person)}`);
  const html = entries.map((e, i) => e.adaptiveCard
    ? `<li><div class="card adaptive ${e.card.tone}" data-kind="${e.card.kind}" data-adaptive="${i}"></div></li>`
    : e.card
      ? `<li>${cardHtml(e.card, i)}</li>`
      : `<li class="message"><span class="author">${escapeHtml(e.author)}</span>${escapeHtml(e.text)}</li>`).join("");
  const key = state.person + html + JSON.stringify(entries.map((e) => e.adaptiveCard));
  if (key !== state.shown) {
    $("entries").innerHTML = html;
    for (const target of document.querySelectorAll("[data-adaptive]")) renderAdaptive(target, Number(target.dataset.adaptive));
    state.shown = key;
  }
}

async function refreshThreads() {
  const ids = await request("/threads");
  if (state.thread && !ids.includes(state.thread)) ids.push(state.thread);
  $("threads").innerHTML = ids.map((id) => `<li><button type="button" class="${id === state.thread ? "current" : ""}" data-thread="${escapeHtml(id)}">${escapeHtml(id)}</button></li>`).join("");
}

function openThread(id) {
  state.thread = id;
  state.shown = "";
  $("thread-title").textContent = `Thread ${id}`;
  refreshThreads();
  refreshThread();
}

async function send(text) {
  await request(`/threads/${encodeURIComponent(state.thread)}/messages`, { method: "POST", body: JSON.stringify({ as: state.person, text }) });
  await refreshThread();
}

async function act(cardIndex, actionIndex) {
  const card = entries[cardIndex].card;
  const action = card.actions[actionIndex];
  const inputs = {};
  if (action.input) {
    const value = document.querySelector(`[data-input="${cardIndex}-${actionIndex}"]`).value.trim();
    if (action.input.required && !value) {
      alert(`${action.input.label} is required.`);
      return;
    }
    inputs[action.input.id] = value;
  }
  await request(`/threads/${encodeURIComponent(state.thread)}/actions`, {
    method: "POST", body: JSON.stringify({ as: state.person, verb: action.verb, data: action.data, inputs }),
  });
}

async function showStats() {
  const s = await request("/stats");
  const rules = Object.entries(s.rejectionsByRule);
  const max = Math.max(1, ...rules.map(([, n]) => n));
  $("stats").innerHTML = `<p>${s.drafts} drafts, ${s.rejected} rejected by the checker.</p>` +
    `<p>Review latency: median ${s.reviewLatencyMedian ?? "none yet"}, p90 ${s.reviewLatencyP90 ?? "none yet"}.</p>` +
    rules.map(([rule, n]) => `<div class="bar" style="width:${(n / max) * 100}%">${escapeHtml(rule)} ${n}</div>`).join("") +
    Object.entries(s.costByWorkflow).map(([w, c]) => `<p>Cost ${escapeHtml(w)}: ${c}</p>`).join("");
}

async function start() {
  const people = await request("/people");
  $("person").innerHTML = people.map((p) => `<option>${escapeHtml(p)}</option>`).join("");
  state.person = people[0];
  $("person").addEventListener("change", (e) => { state.person = e.target.value; refreshThread(); });
  $("new-thread").addEventListener("click", () => openThread(`t-${Date.now().toString(36)}`));
  $("threads").addEventListener("click", (e) => { if (e.target.dataset.thread) openThread(e.target.dataset.thread); });
  $("entries").addEventListener("click", (e) => {
    if (e.target.dataset.card !== undefined) act(Number(e.target.dataset.card), Number(e.target.dataset.action)).catch((err) => alert(err.message));
  });
  $("composer").addEventListener("submit", (e) => {
    e.preventDefault();
    const text = $("text").value.trim();
    if (!text) return;
    $("text").value = "";
    send(text).catch((err) => alert(err.message));
  });
  $("verify").addEventListener("click", async () => {
    const r = await request("/ledger/verify");
    $("verify-result").textContent = r.problem ? `Broken at record ${r.problem.sequence}: ${r.problem.message}` : `Chain verifies: ${r.recordsChecked} records.`;
  });
  $("who").addEventListener("submit", (e) => {
    e.preventDefault();
    const q = $("who-query").value.trim();
    send(q ? `who approved ${q}` : "who approved?").catch((err) => alert(err.message));
  });
  $("refresh-stats").addEventListener("click", () => showStats().catch((err) => alert(err.message)));
  openThread("incident-2041");
  setInterval(() => refreshThread().catch(() => {}), 1000);
  showStats().catch(() => {});
}

start();
