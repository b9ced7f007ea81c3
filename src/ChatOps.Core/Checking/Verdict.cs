namespace ChatOps.Core.Checking;

/// <summary>Whether a draft is eligible for approval.</summary>
public enum Verdict
{
    Accepted,
    Rejected,
}
