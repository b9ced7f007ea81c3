using ChatOps.Core.Cards;

namespace ChatOps.Host.Console;

/// <summary>A line of a console thread: a person's message, or a card the bot posted (for everyone or one person).</summary>
public sealed record ConsoleEntry(string Author, DateTimeOffset At, string? Text, Card? Card, string? DraftId, string? OnlyFor)
{
    public int Number { get; init; }
}
