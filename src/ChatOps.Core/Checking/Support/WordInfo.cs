namespace ChatOps.Core.Checking.Support;

/// <summary>Which of the lexicon's tables a word stands in.</summary>
[Flags]
internal enum WordKind
{
    None = 0,
    Function = 1 << 0,
    Cause = 1 << 1,
    Status = 1 << 2,
    Organisation = 1 << 3,
    NotName = 1 << 4,
    Condition = 1 << 5,
    TimeUnit = 1 << 6,
    Irregular = 1 << 7,
    Pending = 1 << 8,
    Request = 1 << 9,
    ClauseCause = 1 << 10,
    CausePhraseStart = 1 << 11,
    SignalPhraseEnd = 1 << 12,
    More = 1 << 13,
    Less = 1 << 14,
    Decision = 1 << 15,
}

/// <summary>Everything the lexicon says of one lower-cased word, found with one look-up.</summary>
internal readonly record struct WordInfo(WordKind Kind, SignalClass Signal, int Number)
{
    public bool Is(WordKind kind) => (Kind & kind) != 0;

    /// <summary>A word that says what a claim is about: not a function word, a claim signal or a cause opener.</summary>
    public bool IsContent => !Is(WordKind.Function | WordKind.Cause) && (Signal & SignalClass.ClaimClasses) == 0;
}
