// The ChatOps console: talk to the bot as one of the policy's people, read the scorecard, browse the ledger.
import { notify, request } from "./api.js";
import { escapeHtml } from "./format.js";
import { refreshThread, setPerson, startConversation } from "./conversation.js";
import { startLedger } from "./ledger.js";
import { showScorecard, startScorecard } from "./scorecard.js";

const $ = (id) => document.getElementById(id);
const views = ["conversation", "scorecard", "ledger"];
let scorecardShown = false;

function route() {
  const view = views.includes(location.hash.slice(1)) ? location.hash.slice(1) : "conversation";
  for (const name of views) {
    $(`view-${name}`).hidden = name !== view;
    const link = document.querySelector(`a[data-view="${name}"]`);
    if (name === view) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  document.title = `${view[0].toUpperCase()}${view.slice(1)} · ChatOps console`;
  if (view === "scorecard" && !scorecardShown) {
    scorecardShown = true;
    showScorecard().catch((err) => notify(err.message));
  }
  if (view === "conversation") refreshThread().catch(() => {});
}

async function start() {
  const [people, workflows] = await Promise.all([request("/people"), request("/workflows")]);
  $("person").innerHTML = people.map((p) => `<option>${escapeHtml(p)}</option>`).join("");
  const wanted = new URLSearchParams(location.search).get("as");
  const person = people.includes(wanted) ? wanted : people[0];
  $("person").value = person;
  $("person").addEventListener("change", (e) => setPerson(e.target.value));
  startConversation(person);
  startScorecard(workflows);
  startLedger();
  window.addEventListener("hashchange", route);
  route();
}

start().catch((err) => notify(`The console could not start: ${err.message}`));
