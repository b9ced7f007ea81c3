// The scorecard view: headline figures and charts per workflow and over time, from /console/api/stats.
import { notify, request } from "./api.js";
import { barList, columnChart, legend, lineChart } from "./charts.js";
import { escapeHtml, humanise, money, number, percent } from "./format.js";

const $ = (id) => document.getElementById(id);

function tile(label, value, detail = "") {
  return `<div class="tile"><dt>${escapeHtml(label)}</dt><dd><span class="big">${escapeHtml(value)}</span>${detail ? `<span class="detail">${escapeHtml(detail)}</span>` : ""}</dd></div>`;
}

function figure(id, title, chart, note = "") {
  return `<figure class="panel" id="${id}" aria-labelledby="${id}-caption"><figcaption id="${id}-caption"><h3>${escapeHtml(title)}</h3>${note}</figcaption>${chart}</figure>`;
}

function workflowTable(report) {
  if (!report.workflows.length) return "";
  const rows = report.workflows.map(({ workflow, figures: f }) => `<tr><th scope="row">${escapeHtml(workflow)}</th><td>${number(f.drafts)}</td><td>${percent(f.firstPassRate)}</td>`
    + `<td>${number(f.rejectedChecks)}</td><td>${escapeHtml(f.reviewLatencyMedian?.text ?? "–")}</td><td>${escapeHtml(f.reviewLatencyP90?.text ?? "–")}</td>`
    + `<td>${number(f.approved)}</td><td>${number(f.rejected)}</td><td>${number(f.changesRequested)}</td><td>${number(f.writeBacksDone)}</td><td>${number(f.writeBacksFailed)}</td>`
    + `<td>${money(f.cost)}</td><td>${number(f.inputTokens + f.outputTokens)}</td></tr>`).join("");
  return `<figure class="panel wide" id="chart-workflows" aria-labelledby="workflows-caption"><figcaption id="workflows-caption"><h3>Per workflow</h3></figcaption>`
    + `<div class="table-scroll" tabindex="0" aria-label="Per workflow figures, scrollable"><table class="figures"><thead><tr><th scope="col">Workflow</th><th scope="col">Drafts</th><th scope="col">First pass</th>`
    + `<th scope="col">Rejected checks</th><th scope="col">Median review</th><th scope="col">p90 review</th><th scope="col">Approved</th><th scope="col">Rejected</th>`
    + `<th scope="col">Changes requested</th><th scope="col">Write-backs done</th><th scope="col">Failed</th><th scope="col">Cost</th><th scope="col">Tokens</th></tr></thead>`
    + `<tbody>${rows}</tbody></table></div></figure>`;
}

function spendTable(report) {
  if (!report.spend.length) return '<p class="empty">No model spend recorded in this period.</p>';
  return `<div class="table-scroll" tabindex="0" aria-label="Spend by workflow and endpoint, scrollable"><table class="figures"><thead><tr><th scope="col">Workflow</th><th scope="col">Endpoint</th><th scope="col">Calls</th><th scope="col">Cost</th><th scope="col">Tokens in</th><th scope="col">Tokens out</th></tr></thead><tbody>`
    + report.spend.map((s) => `<tr><td>${escapeHtml(s.workflow)}</td><td>${escapeHtml(s.endpoint)}</td><td>${number(s.calls)}</td><td>${money(s.cost)}</td><td>${number(s.inputTokens)}</td><td>${number(s.outputTokens)}</td></tr>`).join("")
    + "</tbody></table></div>";
}

function coverage(report) {
  const e = report.evalCoverage;
  const share = e.share ?? 0;
  return `<div class="meter" role="meter" aria-valuemin="0" aria-valuemax="${e.workflows}" aria-valuenow="${e.covered}" aria-label="Workflows with a passing prompt eval">`
    + `<span style="width:${(share * 100).toFixed(1)}%"></span></div>`
    + `<p>${e.covered} of ${e.workflows} workflows (${percent(e.share)}) have a passing eval of the prompt in use.</p>`
    + `<ul class="evals">${e.perWorkflow.map((w) => `<li class="${w.passing ? "pass" : "missing"}"><span aria-hidden="true">${w.passing ? "✓" : "–"}</span> ${escapeHtml(w.workflow)}`
    + ` <span class="detail">${w.passing ? `${w.passingRuns} passing of ${w.runs} runs` : w.runs ? `${w.runs} runs, none passing` : "no eval run"}</span></li>`).join("")}</ul>`;
}

export function renderScorecard(report) {
  const t = report.totals;
  const labels = report.series.map((p) => p.period);
  const of = (pick) => report.series.map((p) => pick(p.figures));
  const scope = `${report.workflow ?? "all workflows"}, ${report.since ? `since ${report.since}` : "all time"}, by ${report.bucket}`;
  const rules = Object.entries(t.rejectionsByRule).map(([label, value]) => ({ label, value }));
  const spend = report.spend.map((s) => ({ label: `${s.workflow} · ${s.endpoint}`, value: Number(s.cost) }));
  const decisions = [{ name: "Approved", values: of((f) => f.approved), color: 1 }, { name: "Rejected", values: of((f) => f.rejected), color: 3 }, { name: "Changes requested", values: of((f) => f.changesRequested), color: 2 }];
  const writeBacks = [{ name: "Done", values: of((f) => f.writeBacksDone), color: 1 }, { name: "Failed", values: of((f) => f.writeBacksFailed), color: 3 }];
  const latency = [{ name: "Median", values: of((f) => f.reviewLatencyMedian?.seconds ?? null), color: 0 }, { name: "p90", values: of((f) => f.reviewLatencyP90?.seconds ?? null), color: 2 }];
  $("stats").innerHTML = `<p class="scope">${escapeHtml(scope)}</p>`
    + `<dl class="tiles">${tile("Drafts", number(t.drafts))}${tile("First-pass acceptance", percent(t.firstPassRate), `${number(t.firstPassAccepted)} of ${number(t.firstPassAccepted + t.firstPassRejected)}`)}`
    + tile("Review latency", t.reviewLatencyMedian?.text ?? "none yet", t.reviewLatencyP90 ? `median · p90 ${t.reviewLatencyP90.text}` : "median")
    + tile("Decisions", number(t.approved + t.rejected + t.changesRequested), `${number(t.approved)} approved · ${number(t.rejected)} rejected · ${number(t.changesRequested)} changes`)
    + tile("Write-backs", number(t.writeBacksDone), `done · ${number(t.writeBacksFailed)} failed`)
    + tile("Cost", money(t.cost), `${number(t.inputTokens)} in · ${number(t.outputTokens)} out tokens`)
    + tile("Eval coverage", percent(report.evalCoverage.share), `${report.evalCoverage.covered} of ${report.evalCoverage.workflows} workflows`)
    + "</dl><div class=\"charts\">"
    + figure("chart-drafts", "Drafts and first-pass acceptance", columnChart({ title: `Drafts per ${report.bucket} and the share accepted at the first check`, labels, series: [{ name: "Drafts", values: of((f) => f.drafts), color: 0 }], format: number, rate: { name: "First-pass acceptance", values: of((f) => f.firstPassRate) } }),
      legend([{ name: "Drafts", color: 0 }, { name: "First-pass acceptance (right axis)", color: "rate" }]))
    + figure("chart-rules", "Rejections by rule", barList({ title: "Checks rejected, by the rule broken", items: rules, format: number, color: 3 }))
    + figure("chart-latency", "Review latency", lineChart({ title: `Median and p90 time from request to decision per ${report.bucket}`, labels, series: latency, format: humanise }), legend(latency))
    + figure("chart-decisions", "Approvals, rejections and changes requested", columnChart({ title: `Decisions per ${report.bucket}`, labels, series: decisions, stacked: true, format: number }), legend(decisions))
    + figure("chart-writebacks", "Write-backs", columnChart({ title: `Write-backs done and failed per ${report.bucket}`, labels, series: writeBacks, stacked: true, format: number }), legend(writeBacks))
    + figure("chart-cost", "Cost by workflow and endpoint", barList({ title: "Model cost by workflow and endpoint", items: spend, format: money, color: 4 }) + spendTable(report))
    + `<figure class="panel" id="chart-evals" aria-labelledby="evals-caption"><figcaption id="evals-caption"><h3>Eval coverage</h3></figcaption>${coverage(report)}</figure>`
    + workflowTable(report)
    + "</div>";
}

export async function showScorecard() {
  const params = new URLSearchParams({ since: $("stats-since").value, bucket: $("stats-bucket").value });
  if ($("stats-workflow").value) params.set("workflow", $("stats-workflow").value);
  $("stats").setAttribute("aria-busy", "true");
  try {
    renderScorecard(await request(`/stats?${params}`));
  } finally {
    $("stats").removeAttribute("aria-busy");
  }
}

export function startScorecard(workflows) {
  $("stats-workflow").insertAdjacentHTML("beforeend", workflows.map((w) => `<option value="${escapeHtml(w)}">${escapeHtml(w)}</option>`).join(""));
  $("stats-filters").addEventListener("submit", (e) => {
    e.preventDefault();
    showScorecard().catch((err) => notify(err.message));
  });
  for (const id of ["stats-since", "stats-bucket", "stats-workflow"]) $(id).addEventListener("change", () => showScorecard().catch((err) => notify(err.message)));
}
