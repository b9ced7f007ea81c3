namespace ChatOps.Core.Workflows;

/// <summary>The workflows ChatOps drafts for.</summary>
public static class WorkflowNames
{
    public const string CustomerUpdate = "customer-update";
    public const string IncidentInternal = "incident-internal";
    public const string Postmortem = "postmortem";
    public const string SupportReply = "support-reply";
    public const string SecurityException = "security-exception";
    public const string PricingChange = "pricing-change";
    public const string AccessChange = "access-change";

    public static IReadOnlyList<string> All { get; } =
    [
        CustomerUpdate, IncidentInternal, Postmortem, SupportReply, SecurityException, PricingChange, AccessChange,
    ];

    public static bool IsKnown(string? name) => name is not null && All.Contains(name, StringComparer.Ordinal);
}
