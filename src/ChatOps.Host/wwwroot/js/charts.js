// Hand-written SVG charts: columns (grouped or stacked, with an optional rate line), lines, and horizontal bars.
// Each is an image with a title and a description for screen readers, and a tooltip on every mark.
import { escapeHtml } from "./format.js";

let ids = 0;
const W = 640;

// A round top for the axis; counts below 4 get 0–4 so every tick is a whole number.
function niceMax(value, whole = false) {
  if (!(value > 0)) return whole ? 4 : 1;
  if (whole && value <= 4) return 4;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= value / 4) * power;
  return Math.ceil(value / step) * step;
}

function frame(kind, title, desc, height, body) {
  const id = `chart-${++ids}`;
  return `<svg class="chart" data-chart="${kind}" viewBox="0 0 ${W} ${height}" role="img" aria-labelledby="${id}-t ${id}-d" preserveAspectRatio="xMidYMid meet">`
    + `<title id="${id}-t">${escapeHtml(title)}</title><desc id="${id}-d">${escapeHtml(desc)}</desc>${body}</svg>`;
}

function yAxis(max, format, left, right, top, bottom) {
  let out = "";
  for (let i = 0; i <= 4; i++) {
    const v = (max * i) / 4;
    const y = bottom - ((bottom - top) * i) / 4;
    out += `<line class="grid" x1="${left}" x2="${right}" y1="${y}" y2="${y}"/>`
      + `<text class="tick" x="${left - 6}" y="${y + 4}" text-anchor="end">${escapeHtml(format(v))}</text>`;
  }
  return out;
}

function xLabels(labels, x, bottom) {
  const every = Math.max(1, Math.ceil(labels.length / 8));
  return labels.map((label, i) => (i % every === 0
    ? `<text class="tick" x="${x(i)}" y="${bottom + 16}" text-anchor="middle">${escapeHtml(label.slice(5))}</text>` : "")).join("");
}

export function legend(series) {
  return `<ul class="legend">${series.map((s, i) => `<li><span class="swatch s${s.color ?? i}" aria-hidden="true"></span>${escapeHtml(s.name)}</li>`).join("")}</ul>`;
}

// Columns per period; stacked or side by side; an optional 0–100% line on a right-hand axis.
export function columnChart({ title, labels, series, stacked = false, format = String, rate = null }) {
  const height = 240;
  const [left, right, top, bottom] = [52, rate ? W - 44 : W - 12, 12, height - 28];
  const totals = labels.map((_, i) => (stacked ? series.reduce((sum, s) => sum + (s.values[i] || 0), 0) : Math.max(0, ...series.map((s) => s.values[i] || 0))));
  const max = niceMax(Math.max(0, ...totals), series.every((s) => s.values.every((v) => Number.isInteger(v || 0))));
  const slot = (right - left) / Math.max(1, labels.length);
  const x = (i) => left + slot * (i + 0.5);
  const y = (v) => bottom - ((bottom - top) * v) / max;
  const barWidth = Math.max(2, Math.min(36, slot * 0.7) / (stacked ? 1 : series.length));
  let marks = "";
  labels.forEach((label, i) => {
    let base = 0;
    series.forEach((s, k) => {
      const v = s.values[i] || 0;
      const x0 = stacked ? x(i) - barWidth / 2 : x(i) - (barWidth * series.length) / 2 + barWidth * k;
      const y0 = stacked ? y(base + v) : y(v);
      const h = stacked ? y(base) - y(base + v) : bottom - y(v);
      if (v > 0) {
        marks += `<rect class="bar s${s.color ?? k}" x="${x0.toFixed(1)}" y="${y0.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${Math.max(0.5, h).toFixed(1)}" data-value="${v}">`
          + `<title>${escapeHtml(`${label} · ${s.name}: ${format(v)}`)}</title></rect>`;
      }
      base += stacked ? v : 0;
    });
  });
  let line = "";
  if (rate) {
    const ry = (v) => bottom - (bottom - top) * v;
    const points = rate.values.map((v, i) => (v === null || v === undefined ? null : [x(i), ry(v)]));
    const drawn = points.filter(Boolean);
    if (drawn.length > 1) line += `<polyline class="rate" points="${drawn.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(" ")}"/>`;
    line += points.map((p, i) => (p ? `<circle class="rate-dot" cx="${p[0].toFixed(1)}" cy="${p[1].toFixed(1)}" r="3.5" data-value="${rate.values[i]}"><title>${escapeHtml(`${labels[i]} · ${rate.name}: ${Math.round(rate.values[i] * 100)}%`)}</title></circle>` : "")).join("");
    for (let i = 0; i <= 4; i++) line += `<text class="tick" x="${right + 6}" y="${bottom - ((bottom - top) * i) / 4 + 4}">${i * 25}%</text>`;
  }
  const desc = labels.map((label, i) => `${label}: ${series.map((s) => `${s.name} ${format(s.values[i] || 0)}`).join(", ")}${rate && rate.values[i] !== null && rate.values[i] !== undefined ? `, ${rate.name} ${Math.round(rate.values[i] * 100)}%` : ""}`).join("; ");
  return frame("columns", title, desc || "No data in this period.", height,
    yAxis(max, format, left, right, top, bottom) + `<line class="axis" x1="${left}" x2="${right}" y1="${bottom}" y2="${bottom}"/>` + marks + line + xLabels(labels, x, bottom));
}

// Lines per period on one axis; gaps where a value is missing.
export function lineChart({ title, labels, series, format = String }) {
  const height = 240;
  const [left, right, top, bottom] = [72, W - 12, 12, height - 28];
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values.filter((v) => v !== null && v !== undefined))));
  const slot = (right - left) / Math.max(1, labels.length);
  const x = (i) => left + slot * (i + 0.5);
  const y = (v) => bottom - ((bottom - top) * v) / max;
  let marks = "";
  series.forEach((s, k) => {
    const points = s.values.map((v, i) => (v === null || v === undefined ? null : [x(i), y(v), v, i]));
    const drawn = points.filter(Boolean);
    if (drawn.length > 1) marks += `<polyline class="line s${s.color ?? k}" points="${drawn.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(" ")}"/>`;
    marks += drawn.map(([px, py, v, i]) => `<circle class="dot s${s.color ?? k}" cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="4" data-value="${v}"><title>${escapeHtml(`${labels[i]} · ${s.name}: ${format(v)}`)}</title></circle>`).join("");
  });
  const desc = labels.map((label, i) => `${label}: ${series.map((s) => `${s.name} ${s.values[i] === null || s.values[i] === undefined ? "none" : format(s.values[i])}`).join(", ")}`).join("; ");
  return frame("lines", title, desc || "No data in this period.", height,
    yAxis(max, format, left, right, top, bottom) + `<line class="axis" x1="${left}" x2="${right}" y1="${bottom}" y2="${bottom}"/>` + marks + xLabels(labels, x, bottom));
}

// Horizontal bars, one per item, labelled with the item's text.
export function barList({ title, items, format = String, color = 0 }) {
  const row = 26;
  const height = Math.max(1, items.length) * row + 8;
  const [left, right] = [200, W - 90];
  const max = Math.max(0, ...items.map((i) => i.value)) || 1;
  const marks = items.map((item, i) => {
    const y = 4 + i * row;
    const w = ((right - left) * item.value) / max;
    return `<text class="label" x="${left - 8}" y="${y + 17}" text-anchor="end">${escapeHtml(item.label.length > 30 ? `${item.label.slice(0, 29)}…` : item.label)}</text>`
      + `<rect class="bar s${item.color ?? color}" x="${left}" y="${y + 4}" width="${Math.max(item.value > 0 ? 2 : 0, w).toFixed(1)}" height="${row - 8}" data-value="${item.value}"><title>${escapeHtml(`${item.label}: ${format(item.value)}`)}</title></rect>`
      + `<text class="value" x="${left + w + 6}" y="${y + 17}">${escapeHtml(format(item.value))}</text>`;
  }).join("");
  const desc = items.map((i) => `${i.label}: ${format(i.value)}`).join("; ");
  return frame("bars", title, desc || "Nothing to show.", height, items.length ? marks : `<text class="label" x="8" y="20">Nothing yet.</text>`);
}
