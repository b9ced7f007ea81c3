using ChatOps.Core.Conversations.Commands;
using ChatOps.Host.Console;

namespace ChatOps.Host.Tests;

/// <summary>The console knows the commands from the core's one vocabulary, not a copy of its own that drifts.</summary>
public sealed class ConsoleVocabularyTests
{
    [Fact]
    public void EveryCommandWord_IsLeftOutOfTheThreadEvidence_AndWhatPeopleSayIsKept()
    {
        var thread = new ConsoleThread("t1");
        var at = DateTimeOffset.Parse("2026-01-05T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var keyword in CommandParser.Keywords)
        {
            thread.Add(new ConsoleEntry("alice", at, $"{keyword} d-0123456789", null, null, null));
        }

        thread.Add(new ConsoleEntry("bob", at, "The API failed at 14:02 for EU customers.", null, null, null));

        var evidence = ConsoleEndpoints.History(thread);

        Assert.Equal(["The API failed at 14:02 for EU customers."], evidence.Select(m => m.Text).ToArray());
        // Words the console's old copy of the list had lost: "scorecard", "?", "who-approved", "retention".
        Assert.Superset(new HashSet<string>(["scorecard", "?", "who-approved", "retention"]), CommandParser.Keywords.ToHashSet());
    }
}
