using System.Text.Json.Serialization;

namespace ChatOps.Core.Conversations.Commands;

/// <summary>What a person asked for, parsed from their words once, where the message enters, and carried with it.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(DraftCommand), "draft")]
[JsonDerivedType(typeof(CheckCommand), "check")]
[JsonDerivedType(typeof(EditCommand), "edit")]
[JsonDerivedType(typeof(SubmitCommand), "submit")]
[JsonDerivedType(typeof(WhoApprovedCommand), "who-approved")]
[JsonDerivedType(typeof(HistoryCommand), "history")]
[JsonDerivedType(typeof(StatsCommand), "stats")]
[JsonDerivedType(typeof(HelpCommand), "help")]
[JsonDerivedType(typeof(SwitchCommand), "switch")]
[JsonDerivedType(typeof(PendingCommand), "pending")]
[JsonDerivedType(typeof(OverrideCommand), "override")]
[JsonDerivedType(typeof(RetryCommand), "retry")]
[JsonDerivedType(typeof(RenewCommand), "renew")]
[JsonDerivedType(typeof(RetainCommand), "retain")]
public abstract record ChatCommand;

/// <summary><c>draft &lt;workflow&gt; [ticket] [request]</c>.</summary>
public sealed record DraftCommand(string Workflow, string? Ticket, string Request) : ChatCommand;

/// <summary><c>check &lt;text&gt;</c>: the checker on a person's own draft, against the thread's evidence.</summary>
public sealed record CheckCommand(string Text) : ChatCommand;

/// <summary><c>edit [draft-id] &lt;text&gt;</c>: a new version of a draft, checked again.</summary>
/// <remarks>BaseVersion: the version the person edited (a card's Edit button says which); the current one when not given.</remarks>
public sealed record EditCommand(string? DraftId, string Text, string? BaseVersion = null) : ChatCommand;

/// <summary><c>submit [draft-id]</c>: send the approval request.</summary>
public sealed record SubmitCommand(string? DraftId) : ChatCommand;

/// <summary><c>who approved?</c> about this thread, a ticket, or a draft.</summary>
public sealed record WhoApprovedCommand(string? Ticket, string? DraftId) : ChatCommand;

/// <summary><c>history [draft-id]</c>.</summary>
public sealed record HistoryCommand(string? DraftId) : ChatCommand;

/// <summary><c>stats</c>: the scorecard.</summary>
public sealed record StatsCommand : ChatCommand;

/// <summary><c>help</c>, and the answer to anything not understood.</summary>
public sealed record HelpCommand(string? NotUnderstood = null) : ChatCommand;

/// <summary><c>pause &lt;workflow&gt; &lt;reason&gt;</c> / <c>resume &lt;workflow&gt; [reason]</c>: the kill-switch.</summary>
public sealed record SwitchCommand(string Workflow, bool Enable, string Reason) : ChatCommand;

/// <summary><c>pending</c>: the drafts waiting for my decision.</summary>
public sealed record PendingCommand : ChatCommand;

/// <summary><c>override [draft-id] &lt;reason&gt;</c>: approve a rejected draft at tiers 0–1, saying why.</summary>
public sealed record OverrideCommand(string? DraftId, string Reason) : ChatCommand;

/// <summary><c>retry [draft-id]</c>: retry a failed write-back.</summary>
public sealed record RetryCommand(string? DraftId) : ChatCommand;

/// <summary><c>renew [draft-id]</c>: ask for a new approval of the same text.</summary>
public sealed record RenewCommand(string? DraftId) : ChatCommand;

/// <summary><c>retain [--dry-run]</c>: run the retention sweep now.</summary>
public sealed record RetainCommand(bool DryRun) : ChatCommand;
