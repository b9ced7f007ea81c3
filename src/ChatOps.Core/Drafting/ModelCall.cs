using System.Globalization;

namespace ChatOps.Core.Drafting;

/// <summary>One call to a model endpoint (or one answer from the draft cache): what it was for, what came back, what it cost.</summary>
/// <remarks>Fault: null when the call returned a draft. FaultDetail: what the endpoint said (HTTP status, the filter), never a key or the prompt.</remarks>
public sealed record ModelCall(
    string Endpoint,
    string Model,
    ModelCallPurpose Purpose,
    DraftUsage Usage,
    decimal Cost,
    TimeSpan Latency,
    ModelFault? Fault = null,
    string? FaultDetail = null,
    bool Cached = false)
{
    public bool Succeeded => Fault is null;

    /// <summary><c>ok</c>, or <c>failed: &lt;fault&gt;</c> with the detail, as the ledger records it.</summary>
    public string Outcome => Fault is { } fault
        ? "failed: " + ModelFaults.WireName(fault) + (FaultDetail is { Length: > 0 } d ? " (" + d + ")" : "")
        : "ok";

    public string PurposeName => Purpose.ToString().ToLower(CultureInfo.InvariantCulture);
}
