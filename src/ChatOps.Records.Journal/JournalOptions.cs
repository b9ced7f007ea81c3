namespace ChatOps.Records.Journal;

/// <summary>Where journals live: a root folder, and the file used when the policy names none.</summary>
public sealed record JournalOptions(string Root, string DefaultFile = "journal.md")
{
    /// <summary>Throws when the root is missing or the default file is not a plain relative path.</summary>
    public JournalOptions Validated()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Root);
        ArgumentException.ThrowIfNullOrWhiteSpace(DefaultFile);
        return Path.IsPathRooted(DefaultFile) ? throw new ArgumentException("JournalOptions.DefaultFile must be relative to Root.", nameof(DefaultFile)) : this;
    }
}
