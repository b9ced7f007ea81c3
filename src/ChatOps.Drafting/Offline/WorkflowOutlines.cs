using ChatOps.Core.Evidence;
using ChatOps.Core.Workflows;

namespace ChatOps.Drafting.Offline;

/// <summary>What each workflow's offline draft answers; the prompts ask a model for the same sections.</summary>
internal static class WorkflowOutlines
{
    private static readonly SourceKind[] Records = [SourceKind.Ticket, SourceKind.LogQuery, SourceKind.Deploy];
    // Cues are general words of each kind of fact, never words lifted from one case: a cue matches at the start of a
    // word ("restor" finds "restored"), and "!cause" counts three times.
    private static readonly string[] ImpactCues =
        ["affected", "impact", "outage", "unavailable", "fail", "error", "down", "degraded", "delay", "slow", "stall", "timeout",
         "unable", "cannot", "interrupt", "offline", "missing", "empty", "late", "rejected", "declined", "customers", "users", "5xx"];
    private static readonly string[] CauseCues =
        ["!cause", "!because", "!due to", "!reason", "caused", "triggered", "after a", "after the", "expired", "misconfigur", "bug",
         "regression", "stale", "exhausted", "overload", "cut", "stuck", "blocking", "locked", "leak", "changed", "missing",
         "without", "does not", "out of date", "omitted", "failover", "rejected"];
    private static readonly string[] FixCues =
        ["restor", "resolv", "fix", "hotfix", "patch", "publish", "rolled back", "rollback", "back to", "back in", "back at",
         "recover", "renew", "corrected", "rebuil", "repair", "replaced", "revert", "resumed", "mitigat", "done", "refund",
         "kill", "revoke", "restart"];
    private static readonly string[] OpenCues =
        ["unclear", "not yet", "tbc", "tbd", "pending", "not decided", "undecided", "awaiting", "under investigation", "unknown"];

    private static readonly Question Open = new("open-questions", "", OpenCues) { Max = 3, Optional = true };

    public static WorkflowOutline For(string workflow) => workflow switch
    {
        WorkflowNames.CustomerUpdate => CustomerUpdate,
        WorkflowNames.IncidentInternal => IncidentInternal,
        WorkflowNames.Postmortem => Postmortem,
        WorkflowNames.SupportReply => SupportReply,
        WorkflowNames.SecurityException => SecurityException,
        WorkflowNames.PricingChange => PricingChange,
        WorkflowNames.AccessChange => AccessChange,
        _ => throw new ArgumentException($"No outline for workflow '{workflow}'.", nameof(workflow)),
    };

    private static readonly WorkflowOutline CustomerUpdate = new(WorkflowNames.CustomerUpdate, "Service update",
    [
        new("What happened", [new("impact", "which customers are affected and how", ImpactCues) { Max = 2, Prefers = [SourceKind.Ticket], Fallback = true },
                              new("start", "when the problem started", ["opened", "from", "since", "start", "began", "first", "on"]) { PrefersTime = true, Prefers = Records }]),
        new("Cause", [new("cause", "the cause", CauseCues)]),
        new("Current status", [new("status", "whether service is fully restored", FixCues) { Prefers = Records }]),
        new("What you need to do", [new("action", "whether customers need to do anything", ["action", "restart", "retry", "auto-update", "automatically", "unaffected", "credit", "refund", "update"])]),
        new("Open questions", [Open]),
    ])
    {
        Closing = ["We apologize for the disruption.", "We will post another update here if anything changes."],
    };

    private static readonly WorkflowOutline IncidentInternal = new(WorkflowNames.IncidentInternal, "Incident facts",
    [
        new("Impact", [new("impact", "the scope of the impact", ImpactCues) { Max = 2, Prefers = [SourceKind.Ticket], Fallback = true }]),
        new("Cause", [new("cause", "the cause", CauseCues)]),
        new("Mitigation and status", [new("mitigation", "what has been done to mitigate", FixCues) { Max = 2, Prefers = [SourceKind.Deploy, SourceKind.LogQuery] }]),
        new("Owner and communications", [new("owner", "who owns the incident and who has been told", ["ic", "incident commander", "owner", "on-call", "notified", "informed", "asking", "sent", "eng", "ops"])]),
        new("Timeline (UTC)", [new("timeline", "the timeline of events", []) { Timeline = true }]),
        new("Open questions", [Open]),
    ])
    {
        RestHeading = "Other facts",
    };

    private static readonly WorkflowOutline Postmortem = new(WorkflowNames.Postmortem, "Postmortem",
    [
        new("Summary", [new("impact", "the impact", ImpactCues) { Max = 2, Prefers = [SourceKind.Ticket], Fallback = true }]),
        new("Root cause", [new("cause", "the root cause", CauseCues)]),
        new("Resolution", [new("resolution", "how service was restored", FixCues)]),
        new("Follow-up", [new("follow-up", "the follow-up actions and their owners", ["action", "follow", "prevent", "review", "validate", "must", "should", "will", "runbook", "alert", "monitor", "test"]) { Max = 2 }]),
        new("Timeline (UTC)", [new("timeline", "the timeline of events", []) { Timeline = true }]),
        new("Open questions", [Open]),
    ])
    {
        RestHeading = "Other facts",
    };

    private static readonly WorkflowOutline SupportReply = new(WorkflowNames.SupportReply, "Reply to your request",
    [
        new("Your request", [new("problem", "what the customer reported", ["from:", "asks", "says", "want", "charged", "cancel", "refund", "bill", "missing", "wrong", "not received", "never", "still", "unable", "cannot", "locked", "why"]) { Prefers = [SourceKind.Ticket, SourceKind.Statement], Fallback = true }]),
        new("What our records show", [new("records", "what our records show", ["status", "issued", "applied", "charge", "captured", "cancel", "processed", "created", "sent", "received", "delivered", "shipped", "arrived", "departed", "marked", "recorded", "logged", "allocated", "refunded", "changes", "failed", "rejected"]) { Max = 3, Prefers = [SourceKind.LogQuery], Fallback = true }]),
        new("Our policy", [new("policy", "which policy applies", ["policy", "must", "within", "can", "may", "once per", "fee", "free", "cost", "eligible", "allowed", "require", "entitled", "working days"]) { Prefers = [SourceKind.Doc], Optional = true, Fallback = true }]),
        new("What happens next", [new("resolution", "what we will do about it", ["refund", "credit", "issued", "reissue", "waive", "remove", "fix", "replace", "resend", "unlock", "correct"])]),
    ])
    {
        Opening = ["Thank you for contacting us."],
        Closing = ["Thank you for your patience."],
    };

    private static readonly WorkflowOutline SecurityException = new(WorkflowNames.SecurityException, "Security exception request",
    [
        new("Request", [new("request", "what exception is requested", ["request", "exception", "extend", "keep", "allow"]) { Prefers = [SourceKind.Ticket], Fallback = true }]),
        new("Policy", [new("policy", "which policy requirement applies", ["must", "require", "prohibit", "allowed", "exceptions", "policy", "default", "need", "excepted"]) { Max = 2, Prefers = [SourceKind.Doc] }]),
        new("Compensating controls", [new("controls", "which compensating controls are in place", ["encrypt", "mfa", "2-step", "multi-factor", "logged", "audit", "monitor", "read-only", "restricted", "isolat", "segment", "vault", "rotat", "enforced", "limited", "disabled"])]),
        new("Scope and duration", [new("scope", "how many systems or people are in scope", ["users", "accounts", "devices", "systems", "servers", "hosts", "people", "partners", "members", "sessions", "developers", "team"]) { Max = 2 },
                                   new("duration", "how long the exception lasts", ["until", "expir", "lapse", "months", "weeks", "days", "year", "extend", "end", "deadline", "review", "replace"])]),
        new("Open questions", [Open]),
    ])
    {
        RestHeading = "Other facts",
    };

    private static readonly WorkflowOutline PricingChange = new(WorkflowNames.PricingChange, "Pricing change",
    [
        new("Change", [new("change", "the old and new prices", ["$", "£", "€", "price", "per", "moves", "raise", "reduction", "retire", "bundle", "pricing"]) { Max = 2 }]),
        new("Effective date", [new("effective", "when the change takes effect", ["effective", "from", "applies", "retires", "new orders", "published"]) { PrefersTime = true }]),
        new("Who is affected", [new("affected", "which customers are affected", ["customers", "accounts", "existing", "new orders", "signed before", "seats", "keep"])]),
        new("Customer action", [new("action", "whether customers need to act", ["no customer action", "action", "automatically", "move", "need"])]),
        new("Approval", [new("approval", "who approved the change", ["approved", "approval", "signed", "sign-off", "committee", "council", "ok from"])]),
        new("Open questions", [Open]),
    ])
    {
        RestHeading = "Other facts",
    };

    private static readonly WorkflowOutline AccessChange = new(WorkflowNames.AccessChange, "Access change record",
    [
        new("Request", [new("request", "what access was requested and for whom", ["request", "onboarding", "remove", "access", "permission", "role", "key"]) { Prefers = [SourceKind.Ticket], Fallback = true }]),
        new("Approval", [new("approval", "who approved the change", ["approved", "approval", "approve", "signed", "data owner", "pending"])]),
        new("Change made", [new("change", "what was changed and when", ["granted", "removed", "disabled", "created", "added", "revoked"]) { Max = 2, Prefers = [SourceKind.LogQuery] }]),
        new("Policy", [new("policy", "which policy applies", ["at most", "limited", "required", "must", "policy", "logged", "notified", "standard"]) { Prefers = [SourceKind.Doc], Optional = true, Fallback = true }]),
        new("Open questions", [Open]),
    ])
    {
        RestHeading = "Other facts",
    };
}
