namespace ChatOps.Records.Journal.Hosting;

/// <summary>Where the embedded default's Markdown journal is written (<c>WriteBack:JournalRoot</c>, default <c>journal</c>).</summary>
public sealed class JournalWriteBackOptions
{
    public string JournalRoot { get; set; } = "journal";
}
