namespace ChatOps.Core.Checking.Classification;

/// <summary>Base-form verbs that open instructions to the reader ("Restart the router.", "Contact support …").</summary>
internal static class ImperativeVerbs
{
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "accept", "add", "adjust", "allow", "apply", "archive", "ask", "attach", "avoid", "back", "be", "book", "bookmark",
        "call", "cancel", "change", "check", "choose", "clear", "click", "close", "configure", "confirm", "connect",
        "consider", "contact", "continue", "copy", "create", "delete", "disable", "disconnect", "dial", "do", "double-check",
        "download", "drop", "edit", "email", "e-mail", "empty", "enable", "ensure", "enter", "escalate", "export", "fill",
        "find", "follow", "forward", "get", "give", "go", "grant", "head", "hold", "ignore", "import", "include", "inform",
        "install", "join", "keep", "leave", "let", "limit", "log", "look", "make", "mark", "message", "migrate", "monitor",
        "move", "navigate", "note", "notify", "open", "pause", "pick", "ping", "plan", "plug", "post", "press", "print",
        "proceed", "provide", "raise", "re-enable", "reach", "read", "rebook", "reboot", "recheck", "reconnect", "redeem",
        "refer", "refresh", "register", "reinstall", "reload", "remember", "remove", "rename", "renew", "reopen",
        "replace", "reply", "request", "reschedule", "reset", "resubmit", "restart", "resume", "retry", "return",
        "review", "revoke", "rotate", "run", "save", "scan", "schedule", "search", "see", "select", "send", "set",
        "share", "sign", "skip", "start", "stay", "stop", "submit", "subscribe", "switch", "take", "tap", "tell",
        "test", "try", "turn", "type", "unplug", "unsubscribe", "update", "upgrade", "upload", "use", "validate",
        "verify", "visit", "wait", "watch", "write", "reach", "feel", "kindly", "please", "text", "swap", "re-run",
        "rerun", "re-enter", "reenter", "re-try", "hover", "scroll", "expect", "bring", "collect", "complete", "deploy",
        "discard", "dismiss", "drain", "extend", "fetch", "flush", "hand", "kill", "lock", "mention", "merge", "mute",
        "order", "page", "patch", "pin", "point", "purge", "put", "queue", "recreate", "redeploy", "reinstate",
        "relaunch", "repeat", "resend", "resync", "revert", "roll", "route", "sync", "tag", "trigger", "uninstall",
        "unlock", "wipe", "assign", "approve", "authorize", "authorise", "audit", "clean", "compare", "document",
        "file", "flag", "freeze", "list", "obtain", "opt", "reconfigure", "regenerate", "reissue", "remind",
        "reserve", "respond", "store", "tick", "uncheck", "unblock", "wrap", "call", "hit", "restore", "reauthorize",
        "sign", "sort", "filter", "fix", "help", "inspect", "investigate", "prepare", "prioritize", "prioritise",
        "decide", "evaluate", "block", "reupload", "re-upload", "allow-list", "allowlist", "issue", "define", "agree",
        "align", "alert", "announce", "communicate", "coordinate", "discuss", "host", "hire", "implement", "improve",
        "introduce", "measure", "own", "publish", "reduce", "require", "retire", "separate", "simplify",
        "standardize", "standardise", "track", "train", "triage", "whitelist", "automate", "build", "cap", "capture",
        "deprecate", "double", "enforce", "expand", "gate", "handle", "increase", "lower", "mandate", "pre-warm",
        "prevent", "reject", "rewrite", "shorten", "split", "stage", "throttle", "tighten", "time-box", "top",
        "unify", "warn", "rate-limit", "budget", "alarm", "backfill", "cache", "clarify", "consolidate", "cover",
        "decouple", "encrypt", "escalate", "extend", "harden", "isolate", "label", "load-test", "map", "notify",
        "offer", "pair", "partition", "pilot", "precompute", "pre-provision", "provision", "rehearse", "reindex",
        "replay", "reprocess", "resize", "retain", "scale", "shard", "snapshot", "spread", "stagger", "stress-test",
        "sunset", "tune", "write", "audit", "disable", "ship",
    };

    public static bool Contains(string word) => Verbs.Contains(word);
}
