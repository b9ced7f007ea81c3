// The console's API client: JSON in and out, problems turned into errors with the server's words.

export const base = "/console/api";

export async function request(path, options = {}) {
  const response = await fetch(base + path, { headers: { "Content-Type": "application/json" }, ...options });
  if (!response.ok && response.status !== 202) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail || `${response.status} ${response.statusText}`);
  }
  return response.status === 202 ? null : response.json();
}

let noticeTimer = 0;

// Says what went wrong (or right) in the page's status line, read out by screen readers; never a blocking dialog.
export function notify(message, kind = "error") {
  const notice = document.getElementById("notice");
  notice.textContent = message;
  notice.dataset.kind = kind;
  notice.hidden = false;
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => { notice.hidden = true; }, 8000);
}
