namespace ChatOps.Core.Approvals;

/// <summary>What happened to a request: recorded, recognised as a repeat, or refused with a reason for the person.</summary>
public sealed record ApprovalOutcome(ApprovalOutcomeKind Kind, string Message, DraftState? State = null)
{
    public bool IsRefused => Kind == ApprovalOutcomeKind.Refused;

    public static ApprovalOutcome Refused(string reason, DraftState? state = null) => new(ApprovalOutcomeKind.Refused, reason, state);
}
