// The conversation view: threads, the composer, and the cards the bot posts, refreshed in place.
import { notify, request } from "./api.js";
import { adaptiveCard, consoleCard } from "./cards.js";
import { escapeHtml } from "./format.js";

const $ = (id) => document.getElementById(id);
const state = { person: null, thread: null, entries: [], shown: new Map(), polling: 0 };

export function setPerson(person) {
  state.person = person;
  state.shown.clear();
  $("entries").replaceChildren();
  refreshThread().catch(() => {});
}

async function act(verb, data, inputs) {
  await request(`/threads/${encodeURIComponent(state.thread)}/actions`, {
    method: "POST", body: JSON.stringify({ as: state.person, verb, data, inputs }),
  });
  await refreshThread();
}

function onConsoleAction(event) {
  const button = event.target.closest("button[data-action]");
  if (!button) return;
  const item = button.closest("li[data-number]");
  const entry = state.entries.find((e) => String(e.number) === item.dataset.number);
  const action = entry.card.actions[Number(button.dataset.action)];
  const inputs = {};
  if (action.input) {
    const field = item.querySelector(`[data-input="${button.dataset.action}"]`);
    const value = field.value.trim();
    if (action.input.required && !value) {
      field.setAttribute("aria-invalid", "true");
      field.focus();
      notify(`${action.input.label} is required.`);
      return;
    }
    inputs[action.input.id] = value;
  }
  act(action.verb, action.data, inputs).catch((err) => notify(err.message));
}

function onAdaptiveAction(verb, data, inputs, input) {
  if (input?.required && !(inputs[input.id] || "").trim()) {
    notify(`${input.label} is required.`);
    return;
  }
  act(verb, data, inputs).catch((err) => notify(err.message));
}

function render(entry) {
  const item = document.createElement("li");
  item.dataset.number = String(entry.number);
  const cardId = `e${entry.number}`;
  if (entry.adaptiveCard) item.appendChild(adaptiveCard(entry, onAdaptiveAction));
  else if (entry.card) item.appendChild(consoleCard(entry.card, cardId, state.person));
  else {
    item.className = "message";
    item.innerHTML = `<span class="author">${escapeHtml(entry.author)}</span> <span class="text">${escapeHtml(entry.text)}</span>`;
  }
  return item;
}

// Only entries that changed are drawn again, so typing in one card's field survives another card arriving.
export async function refreshThread() {
  if (!state.thread || !state.person) return;
  const thread = state.thread;
  const entries = await request(`/threads/${encodeURIComponent(thread)}?as=${encodeURIComponent(state.person)}`);
  if (thread !== state.thread) return;
  state.entries = entries;
  const list = $("entries");
  for (const entry of entries) {
    const key = JSON.stringify(entry);
    const existing = list.querySelector(`li[data-number="${entry.number}"]`);
    if (existing && state.shown.get(entry.number) === key) continue;
    const item = render(entry);
    if (existing) existing.replaceWith(item);
    else list.appendChild(item);
    state.shown.set(entry.number, key);
  }
}

async function refreshThreads() {
  const ids = await request("/threads");
  if (state.thread && !ids.includes(state.thread)) ids.push(state.thread);
  $("threads").innerHTML = ids.map((id) => `<li><button type="button"${id === state.thread ? ' aria-current="true"' : ""} data-thread="${escapeHtml(id)}">${escapeHtml(id)}</button></li>`).join("");
}

export function openThread(id) {
  state.thread = id;
  state.shown.clear();
  $("entries").replaceChildren();
  $("thread-title").textContent = `Thread ${id}`;
  refreshThreads().catch((err) => notify(err.message));
  refreshThread().catch((err) => notify(err.message));
}

async function send(text) {
  await request(`/threads/${encodeURIComponent(state.thread)}/messages`, { method: "POST", body: JSON.stringify({ as: state.person, text }) });
  await refreshThread();
}

export function startConversation(person) {
  state.person = person;
  $("new-thread").addEventListener("click", () => openThread(`t-${Date.now().toString(36)}`));
  $("threads").addEventListener("click", (e) => {
    const button = e.target.closest("button[data-thread]");
    if (button) openThread(button.dataset.thread);
  });
  $("entries").addEventListener("click", onConsoleAction);
  $("composer").addEventListener("submit", (e) => {
    e.preventDefault();
    const text = $("text").value.trim();
    if (!text) return;
    $("text").value = "";
    send(text).catch((err) => notify(err.message));
  });
  $("text").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      $("composer").requestSubmit();
    }
  });
  $("who").addEventListener("submit", (e) => {
    e.preventDefault();
    const q = $("who-query").value.trim();
    send(q ? `who approved ${q}` : "who approved?").catch((err) => notify(err.message));
  });
  openThread(new URLSearchParams(location.search).get("thread") || "incident-2041");
  state.polling = setInterval(() => {
    if (!document.hidden && !$("view-conversation").hidden) refreshThread().catch(() => {});
  }, 1000);
}
