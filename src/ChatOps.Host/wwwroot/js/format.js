// Text helpers shared by the console's views.

export function escapeHtml(text) {
  return String(text ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

const integer = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });

export function number(n) {
  return integer.format(n ?? 0);
}

export function percent(rate) {
  return rate === null || rate === undefined ? "n/a" : `${(rate * 100).toFixed(rate === 1 || rate === 0 ? 0 : 1)}%`;
}

export function money(cost) {
  const n = Number(cost ?? 0);
  return `$${n < 1 ? n.toFixed(4) : n.toFixed(2)}`;
}

// The same words the server uses for latencies ("4 s", "2 h 10 min"), for chart axes.
export function humanise(seconds) {
  if (seconds === 0) return "0";
  if (seconds < 1) return `${Math.round(seconds * 1000)} ms`;
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const pair = (big, bigUnit, small, smallUnit) => (small === 0 ? `${big} ${bigUnit}` : `${big} ${bigUnit} ${small} ${smallUnit}`);
  if (s < 3600) return pair(Math.floor(s / 60), "min", s % 60, "s");
  const m = Math.round(seconds / 60);
  if (m < 1440) return pair(Math.floor(m / 60), "h", m % 60, "min");
  const h = Math.round(seconds / 3600);
  return pair(Math.floor(h / 24), "d", h % 24, "h");
}

export function shortHash(hash) {
  const h = String(hash ?? "").replace(/^sha256:/, "");
  return h.length > 12 ? h.slice(0, 12) : h;
}

export function time(at) {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? String(at) : d.toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC");
}
