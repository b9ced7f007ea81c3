namespace ChatOps.Core.Policy;

/// <summary>
/// Who may use the controls beyond deciding drafts (policy <c>controls:</c>): pause and resume workflows, run
/// retention, retry a failed write-back. Approvers of a workflow may always retry its write-backs.
/// </summary>
public sealed record ControlRoles
{
    public IReadOnlyList<string> Pause { get; init; } = [];

    public IReadOnlyList<string> Retention { get; init; } = [];

    public IReadOnlyList<string> Retry { get; init; } = [];

    /// <summary>No controls beyond deciding: nobody may pause or run retention from chat.</summary>
    public static ControlRoles None { get; } = new();
}
