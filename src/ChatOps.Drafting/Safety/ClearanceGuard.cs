using ChatOps.Core.Drafting;
using ChatOps.Core.Evidence;

namespace ChatOps.Drafting.Safety;

/// <summary>Refuses, before anything is sent, evidence more sensitive than an endpoint is cleared for.</summary>
internal static class ClearanceGuard
{
    /// <summary>The first source above the endpoint's clearance, or null when all may be sent.</summary>
    public static Source? FirstAboveClearance(EvidenceSet evidence, ModelEndpointOptions endpoint) =>
        evidence.Sources.FirstOrDefault(s => s.Sensitivity > endpoint.Clearance);

    public static void EnsureCleared(EvidenceSet evidence, ModelEndpointOptions endpoint)
    {
        if (FirstAboveClearance(evidence, endpoint) is { } source)
        {
            throw new DraftingException(DraftingErrorKind.ClearanceExceeded, Describe(source, endpoint));
        }
    }

    public static string Describe(Source source, ModelEndpointOptions endpoint) =>
        $"Source '{source.Id}' is labelled {Label(source.Sensitivity)}, above the clearance of model endpoint '{endpoint.Name}' " +
        $"({Label(endpoint.Clearance)}); nothing was sent. Leave the source out, or draft this workflow on an endpoint cleared for " +
        $"{Label(source.Sensitivity)} (the offline drafter is cleared for every label; an endpoint's clearance is {endpoint.SettingPath}:Clearance).";

    private static string Label(Sensitivity sensitivity) => sensitivity.ToString().ToLowerInvariant();
}
