namespace ChatOps.Core.Cards.Building;

/// <summary>The data every draft action carries back: which draft, and which version the person saw.</summary>
public static class ActionData
{
    public const string DraftKey = "draft";
    public const string VersionKey = "version";
    public const string ReasonInput = "reason";
    public const string TextInput = "text";

    public static IReadOnlyDictionary<string, string> For(string draftId, string version) =>
        new Dictionary<string, string>(StringComparer.Ordinal) { [DraftKey] = draftId, [VersionKey] = version };
}
