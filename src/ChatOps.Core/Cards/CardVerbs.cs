namespace ChatOps.Core.Cards;

/// <summary>The action verbs every channel sends back, the same in Slack action ids and Teams Action.Execute verbs.</summary>
public static class CardVerbs
{
    public const string Submit = "submit";
    public const string Edit = "edit";
    public const string Approve = "approve";
    public const string Reject = "reject";
    public const string RequestChanges = "changes";
    public const string Refresh = "refresh";
    public const string Override = "override";
    public const string Retry = "retry";
    public const string Renew = "renew";
}
