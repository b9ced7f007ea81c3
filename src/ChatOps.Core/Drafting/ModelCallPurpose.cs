namespace ChatOps.Core.Drafting;

/// <summary>Why a model was called: the first draft, a repair after the checker's findings, or the escalation endpoint's attempt.</summary>
public enum ModelCallPurpose
{
    Draft,
    Repair,
    Escalation,
}
