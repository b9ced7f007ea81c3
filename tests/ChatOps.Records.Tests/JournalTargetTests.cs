using ChatOps.Records.Journal;

namespace ChatOps.Records.Tests;

public sealed class JournalTargetTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("chatops-journal-").FullName;

    [Fact]
    public async Task WriteAsync_ApprovedDraft_AppendsAMarkdownEntry()
    {
        var receipt = await new JournalTarget(new JournalOptions(root)).WriteAsync(Requests.For("SUP-1", ("path", "support/replies.md")));

        var text = await File.ReadAllTextAsync(Path.Combine(root, "support", "replies.md"));
        Assert.False(receipt.AlreadyPresent);
        Assert.StartsWith("## customer-update · draft d1 · ticket SUP-1", text, StringComparison.Ordinal);
        Assert.Contains("- bob at 2026-01-05T09:00:00.0000000Z", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_SameKeyFromTwoWritersAtOnce_IsWrittenOnce()
    {
        var writers = Enumerable.Range(0, 8).Select(_ => Task.Run(() => new JournalTarget(new JournalOptions(root)).WriteAsync(Requests.For("SUP-1"))));

        var receipts = await Task.WhenAll(writers);

        var text = await File.ReadAllTextAsync(Path.Combine(root, "journal.md"));
        Assert.Single(receipts, r => !r.AlreadyPresent);
        Assert.Equal(1, text.Split("chatops:wb:d1:abc123").Length - 1);
    }

    [Fact]
    public async Task WriteAsync_PathOutsideTheRoot_IsRefused()
    {
        var error = await Assert.ThrowsAsync<Core.Records.WriteBackException>(() => new JournalTarget(new JournalOptions(root)).WriteAsync(Requests.For("SUP-1", ("path", "../../etc/passwd"))));

        Assert.False(error.IsTransient);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
