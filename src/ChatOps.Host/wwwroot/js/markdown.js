// Markdown as a person reads it: markdown-it with raw HTML off and images off, every output through DOMPurify.
import { escapeHtml } from "./format.js";

const md = window.markdownit({ html: false, linkify: false, typographer: false });
md.disable("image");
const renderToken = (tokens, idx, options, env, self) => self.renderToken(tokens, idx, options);
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx].attrSet("target", "_blank");
  tokens[idx].attrSet("rel", "noopener noreferrer");
  return renderToken(tokens, idx, options, env, self);
};

DOMPurify.addHook("afterSanitizeAttributes", (node) => {
  if (node.tagName === "A" && node.getAttribute("target") === "_blank") node.setAttribute("rel", "noopener noreferrer");
});

export function sanitize(html) {
  return DOMPurify.sanitize(html, { ADD_ATTR: ["target"], FORBID_TAGS: ["style", "form", "input", "img"] });
}

export function inline(text) {
  return sanitize(md.renderInline(String(text ?? "")));
}

export function block(text) {
  return sanitize(md.render(String(text ?? "")));
}

// Finding spans travel through the Markdown renderer as private-use characters, then become <mark> elements.
const OPEN = "\uE000";
const CLOSE = "\uE001";

// Where a finding's span starts and ends, without a table row's outer pipes (they are Markdown, not text).
function trimSpan(text, start, end) {
  while (start < end && /[\s|]/.test(text[start])) start++;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const marker = /^\s*(?:[-*+]|\d+[.)]|#{1,6}|>)\s+/.exec(text.slice(lineStart, end));
  if (marker && lineStart + marker[0].length > start) start = Math.min(end, lineStart + marker[0].length);
  while (end > start && /[\s|]/.test(text[end - 1])) end--;
  return [start, end];
}

function spansOf(text, findings) {
  const groups = new Map();
  for (const f of findings) {
    if (typeof f.start !== "number" || typeof f.end !== "number" || f.start >= f.end || f.end > text.length) continue;
    const key = `${f.start}:${f.end}`;
    if (!groups.has(key)) groups.set(key, { start: f.start, end: f.end, findings: [] });
    groups.get(key).findings.push(f);
  }
  return [...groups.values()].sort((a, b) => a.start - b.start).filter((g, i, all) => i === 0 || g.start >= all[i - 1].end);
}

function withSentinels(text, spans) {
  let out = "";
  let at = 0;
  for (const span of spans) {
    const [start, end] = trimSpan(text, span.start, span.end);
    out += text.slice(at, start) + OPEN + text.slice(start, end) + CLOSE;
    at = end;
  }
  return out + text.slice(at);
}

function textNodes(root, skip) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (skip && n.parentElement.closest(skip) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  return nodes;
}

// Wraps the text between each pair of sentinels in <mark>, one per text node, so a span may cross inline elements.
function markSpans(root) {
  let index = -1;
  let open = false;
  for (const node of textNodes(root)) {
    const text = node.data;
    if (!open && !text.includes(OPEN)) continue;
    const fragment = document.createDocumentFragment();
    let buffer = "";
    const flush = () => {
      if (!buffer) return;
      if (open) {
        const mark = document.createElement("mark");
        mark.className = "finding-span";
        mark.dataset.span = String(index);
        mark.textContent = buffer;
        fragment.appendChild(mark);
      } else {
        fragment.appendChild(document.createTextNode(buffer));
      }
      buffer = "";
    };
    for (const ch of text) {
      if (ch === OPEN) { flush(); open = true; index++; }
      else if (ch === CLOSE) { flush(); open = false; }
      else buffer += ch;
    }
    flush();
    node.replaceWith(fragment);
  }
  // A sentinel the renderer dropped leaves no trace.
  for (const node of textNodes(root)) if (/[\uE000\uE001]/.test(node.data)) node.data = node.data.replace(/[\uE000\uE001]/g, "");
}

function citationLink(citation, n, cardId) {
  const tipId = `${cardId}-cite-${n}-${Math.random().toString(36).slice(2, 8)}`;
  const wrap = document.createElement("span");
  wrap.className = "cite-wrap";
  const link = document.createElement("a");
  link.className = "cite";
  link.dataset.source = citation.sourceId;
  link.href = citation.uri || `#${cardId}-source-${n}`;
  if (citation.uri) { link.target = "_blank"; link.rel = "noopener noreferrer"; }
  link.textContent = `[${n}]`;
  link.setAttribute("aria-describedby", tipId);
  link.setAttribute("aria-label", `Source ${n}: ${citation.title}`);
  const tip = document.createElement("span");
  tip.className = "tip";
  tip.id = tipId;
  tip.setAttribute("role", "tooltip");
  const support = citation.support || citation.supportingSentence || citation.sentence;
  tip.innerHTML = `<strong>${escapeHtml(citation.title)}</strong> <span class="kind">${escapeHtml(citation.kind)}</span> <span class="id">${escapeHtml(citation.sourceId)}</span>`
    + (support ? `<q class="support">${escapeHtml(support)}</q>` : `<span class="excerpt">${escapeHtml(citation.abstract)}</span>`);
  wrap.append(link, tip);
  return wrap;
}

// Numbered markers ([1], [1][2]) become links to their sources, with the source's title, kind and sentence on hover or focus.
function linkCitations(root, draft, cardId) {
  const byNumber = new Map(draft.citations.map((c) => [String(c.number), c]));
  for (const node of textNodes(root, "a, code, pre")) {
    if (!/\[\d+\]/.test(node.data)) continue;
    const fragment = document.createDocumentFragment();
    let at = 0;
    for (const m of node.data.matchAll(/\[(\d+)\]/g)) {
      const citation = byNumber.get(m[1]);
      if (!citation) continue;
      fragment.appendChild(document.createTextNode(node.data.slice(at, m.index)));
      fragment.appendChild(citationLink(citation, m[1], cardId));
      at = m.index + m[0].length;
    }
    fragment.appendChild(document.createTextNode(node.data.slice(at)));
    node.replaceWith(fragment);
  }
}

function findingNote(group, id) {
  const note = document.createElement("div");
  note.className = "finding-note";
  note.id = id;
  note.setAttribute("role", "note");
  note.innerHTML = `<ul>${group.findings.map((f) => `<li><span class="rule">${escapeHtml(f.rule)}</span> ${escapeHtml(f.message)}`
    + `<br><span class="fix">Fix: ${escapeHtml(f.suggestion)}</span></li>`).join("")}</ul>`;
  return note;
}

// Each statement's findings go right under the block that holds it: the paragraph, list item, heading, or table.
function placeNotes(root, spans, cardId) {
  const placed = new Set();
  spans.forEach((group, i) => {
    const marks = root.querySelectorAll(`mark[data-span="${i}"]`);
    if (!marks.length) return;
    const id = `${cardId}-finding-${i}`;
    for (const mark of marks) mark.setAttribute("aria-describedby", id);
    const note = findingNote(group, id);
    const item = marks[0].closest("li");
    const holder = marks[0].closest("table") || marks[0].closest("p, h1, h2, h3, h4, h5, h6, blockquote, pre");
    if (item && (!holder || item.contains(holder))) item.appendChild(note);
    else if (holder) holder.after(note);
    else root.appendChild(note);
    placed.add(group);
  });
  return spans.filter((g) => !placed.has(g)).flatMap((g) => g.findings);
}

// The draft rendered: Markdown, linked citations, and findings under their statements. Returns the findings it could not place.
export function renderDraft(target, draft, findings, cardId) {
  const spans = spansOf(draft.text, findings);
  target.innerHTML = block(withSentinels(draft.text, spans));
  markSpans(target);
  linkCitations(target, draft, cardId);
  const unplaced = placeNotes(target, spans, cardId);
  const withoutSpan = findings.filter((f) => !spans.some((g) => g.findings.includes(f)));
  return [...withoutSpan, ...unplaced];
}
