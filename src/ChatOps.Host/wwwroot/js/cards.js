// Cards as the bot posts them: console cards drawn here, approval cards by the official Adaptive Cards renderer.
import { escapeHtml } from "./format.js";
import { inline, renderDraft } from "./markdown.js";

// The Adaptive Cards renderer leaves Markdown to its host (Teams renders it); the console's processor is markdown-it, sanitised.
AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = inline(text);
  result.didProcess = true;
};

function sources(card, cardId) {
  if (!card.draft?.citations.length) return "";
  return `<h4 class="visually-hidden">Sources</h4><ol class="sources">${card.draft.citations.map((c) =>
    `<li id="${cardId}-source-${c.number}" value="${c.number}">${c.uri ? `<a href="${escapeHtml(c.uri)}" target="_blank" rel="noopener noreferrer">` : ""}`
    + `${escapeHtml(c.sourceId)} · ${escapeHtml(c.title)}${c.uri ? "</a>" : ""} <span class="kind">${escapeHtml(c.kind)}</span></li>`).join("")}</ol>`;
}

function facts(card) {
  if (!card.facts.length) return "";
  return `<table class="facts"><tbody>${card.facts.map((f) => `<tr><th scope="row">${escapeHtml(f.label)}</th><td>${escapeHtml(f.value)}</td></tr>`).join("")}</tbody></table>`;
}

function findingList(findings) {
  if (!findings.length) return "";
  return `<ul class="findings">${findings.map((f) => `<li><span class="rule">${escapeHtml(f.rule)}</span> “${escapeHtml(f.statement)}”`
    + `<br>${escapeHtml(f.message)}<br><span class="fix">Fix: ${escapeHtml(f.suggestion)}</span></li>`).join("")}</ul>`;
}

function actions(card, cardId, viewer) {
  if (!card.actions.length) return "";
  const mayAct = card.actionableBy.length === 0 || card.actionableBy.includes(viewer);
  if (!mayAct) return `<p class="readonly">Waiting for ${escapeHtml(card.actionableBy.join(", "))}.</p>`;
  return `<div class="actions">${card.actions.map((a, i) => {
    const inputId = `${cardId}-input-${i}`;
    const input = a.input
      ? `<div class="action-input"><label for="${inputId}">${escapeHtml(a.input.label)}${a.input.required ? " (required)" : ""}</label>`
        + `<textarea id="${inputId}" data-input="${i}" maxlength="${a.input.maxLength ?? 1000}" placeholder="${escapeHtml(a.input.placeholder ?? "")}"${a.input.required ? " required" : ""}>${escapeHtml(a.input.initialValue ?? "")}</textarea></div>`
      : "";
    return `${input}<button type="button" class="${escapeHtml(String(a.style).toLowerCase())}" data-action="${i}">${escapeHtml(a.label)}</button>`;
  }).join("")}</div>`;
}

// A console card: title, draft (rendered), sources, facts, findings not placed under a statement, paragraphs, actions.
export function consoleCard(card, cardId, viewer) {
  const element = document.createElement("article");
  element.className = `card ${card.tone}`;
  element.dataset.kind = card.kind;
  element.setAttribute("aria-labelledby", `${cardId}-title`);
  element.innerHTML = `<h3 id="${cardId}-title">${escapeHtml(card.title)}${card.aiGenerated ? ' <span class="ai">AI-generated</span>' : ""}</h3>`
    + (card.subtitle ? `<p class="subtitle">${escapeHtml(card.subtitle)}</p>` : "")
    + (card.draft ? `<div class="draft" role="document" aria-label="Draft text"></div>${sources(card, cardId)}` : "")
    + facts(card)
    + '<div class="more-findings"></div>'
    + card.paragraphs.map((p) => `<p>${inline(p)}</p>`).join("")
    + actions(card, cardId, viewer);
  let rest = card.findings;
  if (card.draft) rest = renderDraft(element.querySelector(".draft"), card.draft, card.findings, cardId);
  element.querySelector(".more-findings").outerHTML = findingList(rest);
  return element;
}

// An approval card through the official renderer, from the same Adaptive Card JSON Teams receives.
export function adaptiveCard(entry, onAction) {
  const element = document.createElement("article");
  element.className = `card adaptive ${entry.card.tone}`;
  element.dataset.kind = entry.card.kind;
  element.setAttribute("aria-label", entry.card.title);
  const card = new AdaptiveCards.AdaptiveCard();
  card.onExecuteAction = (action) => {
    const submitted = action.data || {};
    const ours = submitted.chatops || {};
    const inputs = {};
    for (const [key, value] of Object.entries(submitted)) if (key !== "chatops") inputs[key] = String(value);
    onAction(ours.verb, ours.data || {}, inputs, entry.card.actions.find((a) => a.verb === ours.verb)?.input);
  };
  card.parse(entry.adaptiveCard);
  const rendered = card.render();
  if (rendered) element.appendChild(rendered);
  return element;
}
