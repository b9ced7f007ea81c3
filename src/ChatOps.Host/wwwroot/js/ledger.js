// The ledger browser: search by thread, ticket, draft or person; a draft's trail with hashes; the chain's state; JSONL export.
import { base, notify, request } from "./api.js";
import { escapeHtml, shortHash, time } from "./format.js";

const $ = (id) => document.getElementById(id);
const state = { field: "any", q: "", more: null, trail: null };
const stages = [["draft", "Draft"], ["check", "Checks"], ["approval", "Approvals"], ["write-back", "Write-back"], ["other", "Other"]];

function chainText(check) {
  if (!check) return "The chain has not been verified since the host started.";
  if (check.problem) return `Broken at record ${check.problem.sequence}: ${check.problem.message}`;
  return `Chain verifies: ${check.recordsChecked.toLocaleString("en")} records intact (checked ${time(check.at)}, ${check.milliseconds} ms).`;
}

function showChain(check) {
  const result = $("verify-result");
  result.textContent = chainText(check);
  result.dataset.state = check ? (check.problem ? "broken" : "verified") : "unverified";
}

async function verify() {
  const button = $("verify");
  button.disabled = true;
  button.setAttribute("aria-busy", "true");
  $("verify-result").textContent = "Verifying every record of the chain…";
  try {
    showChain(await request("/ledger/verify"));
    if (state.trail) await showTrail(state.trail, false);
  } finally {
    button.disabled = false;
    button.removeAttribute("aria-busy");
  }
}

function hitRow(r) {
  const draft = r.draftId
    ? `<button type="button" class="link" data-trail="${escapeHtml(r.draftId)}" aria-label="Show the trail of draft ${escapeHtml(r.draftId)}">${escapeHtml(r.draftId)}</button>` : "–";
  return `<tr><td class="num">${r.sequence}</td><td>${escapeHtml(time(r.at))}</td><td><span class="stage ${escapeHtml(r.stage)}">${escapeHtml(r.kind)}</span></td>`
    + `<td>${escapeHtml(r.workflow)}</td><td>${draft}</td><td>${escapeHtml(r.ticket ?? "–")}</td><td>${escapeHtml(r.by ?? "–")}</td>`
    + `<td class="thread-cell">${escapeHtml(r.thread ?? "–")}</td><td><code title="${escapeHtml(r.hash)}">${escapeHtml(shortHash(r.hash))}</code></td></tr>`;
}

function exportLink() {
  const link = $("ledger-export");
  link.href = `${base}/ledger/export?${new URLSearchParams({ field: state.field, q: state.q })}`;
  link.setAttribute("download", "");
  link.removeAttribute("aria-disabled");
}

async function search(append) {
  const params = new URLSearchParams({ field: state.field, q: state.q });
  if (append && state.more) params.set("before", state.more);
  const page = await request(`/ledger/search?${params}`);
  state.more = page.more;
  const results = $("ledger-results");
  if (!append) {
    results.innerHTML = page.records.length
      ? `<p class="count" role="status">Newest first. ${page.more ? "More below." : `${page.records.length} record${page.records.length === 1 ? "" : "s"}.`}</p>`
        + '<div class="table-scroll" tabindex="0" aria-label="Matching records, scrollable"><table class="records"><thead><tr><th scope="col">#</th><th scope="col">At</th><th scope="col">Kind</th><th scope="col">Workflow</th>'
        + '<th scope="col">Draft</th><th scope="col">Ticket</th><th scope="col">By</th><th scope="col">Thread</th><th scope="col">Hash</th></tr></thead><tbody></tbody></table></div>'
        + '<button type="button" id="ledger-more" hidden>Load older records</button>'
      : `<p class="empty" role="status">Nothing in the ledger matches ${escapeHtml(state.field === "any" ? "" : `${state.field} `)}“${escapeHtml(state.q)}”.</p>`;
  }
  const body = results.querySelector("tbody");
  if (body) body.insertAdjacentHTML("beforeend", page.records.map(hitRow).join(""));
  const more = $("ledger-more");
  if (more) more.hidden = !page.more;
  exportLink();
  const drafts = [...new Set(page.records.map((r) => r.draftId).filter(Boolean))];
  if (!append && drafts.length === 1) await showTrail(drafts[0], false);
}

function step(s) {
  const checks = `<span class="badge ${s.hashesRecompute ? "ok" : "bad"}">${s.hashesRecompute ? "hashes recompute" : "hashes do not match"}</span>`
    + `<span class="badge ${s.verified ? "ok" : "unknown"}">${s.verified ? "in the verified chain" : "not verified yet"}</span>`;
  return `<li class="step"><div class="step-head"><span class="num">#${s.sequence}</span> <strong>${escapeHtml(s.kind)}</strong> <span class="when">${escapeHtml(time(s.at))}</span></div>`
    + `<p>${escapeHtml(s.summary)}</p>${checks}`
    + `<dl class="hashes"><dt>content</dt><dd><code>${escapeHtml(s.contentHash)}</code></dd><dt>previous</dt><dd><code>${escapeHtml(s.previousHash)}</code></dd>`
    + `<dt>hash</dt><dd><code>${escapeHtml(s.hash)}</code></dd></dl></li>`;
}

export async function showTrail(draftId, focus = true) {
  const trail = await request(`/ledger/drafts/${encodeURIComponent(draftId)}`);
  state.trail = draftId;
  showChain(trail.chain);
  const groups = stages.map(([key, label]) => [label, trail.steps.filter((s) => s.stage === key)]).filter(([, list]) => list.length);
  const target = $("ledger-trail");
  target.innerHTML = `<h4 id="trail-heading" tabindex="-1">Draft ${escapeHtml(trail.draftId)}</h4>`
    + `<p class="meta">${escapeHtml(trail.workflow ?? "")}${trail.ticket ? ` · ticket ${escapeHtml(trail.ticket)}` : ""}${trail.thread ? ` · thread ${escapeHtml(trail.thread)}` : ""}</p>`
    + `<ol class="stages">${groups.map(([label, list]) => `<li class="stage-group"><h5>${escapeHtml(label)}</h5><ol class="steps">${list.map(step).join("")}</ol></li>`).join("")}</ol>`;
  if (focus) $("trail-heading").focus();
}

export function startLedger() {
  request("/ledger/chain").then((r) => showChain(r.last)).catch(() => {});
  $("verify").addEventListener("click", () => verify().catch((err) => notify(err.message)));
  $("ledger-search").addEventListener("submit", (e) => {
    e.preventDefault();
    state.field = $("ledger-field").value;
    state.q = $("ledger-q").value.trim();
    if (!state.q) return;
    search(false).catch((err) => notify(err.message));
  });
  $("ledger-results").addEventListener("click", (e) => {
    const trail = e.target.closest("button[data-trail]");
    if (trail) showTrail(trail.dataset.trail).catch((err) => notify(err.message));
    if (e.target.id === "ledger-more") search(true).catch((err) => notify(err.message));
  });
  $("ledger-export").addEventListener("click", (e) => {
    if ($("ledger-export").getAttribute("aria-disabled") === "true") {
      e.preventDefault();
      notify("Search first; the export holds what the search found.", "info");
    }
  });
}
