namespace ChatOps.Core.Checking.Support;

/// <summary>What a signal word says: a scope, a negation, a direction or a status the sources must state as well.</summary>
[Flags]
internal enum SignalClass
{
    None = 0,

    /// <summary>all, every, fully: accepted from a source that says the same, or gives a whole count ("18/18").</summary>
    Universal = 1 << 0,

    /// <summary>only, solely: accepted from a source that restricts, says the rest is unchanged, or gives a zero.</summary>
    Exclusive = 1 << 1,

    /// <summary>no, not, never: accepted from a source sentence about the same thing that negates, gives a zero or says it is absent or fine.</summary>
    Negative = 1 << 2,

    /// <summary>rose, grew, higher: accepted from the same word class or numbers of one unit going up.</summary>
    Increase = 1 << 3,

    /// <summary>fell, dropped, lower: accepted from the same word class or numbers of one unit going down.</summary>
    Decrease = 1 << 4,

    /// <summary>improved, faster, recovered.</summary>
    Improve = 1 << 5,

    /// <summary>degraded, slower, worse.</summary>
    Degrade = 1 << 6,

    /// <summary>already: a status moved forward.</summary>
    Already = 1 << 7,

    /// <summary>Source only: keep, unchanged, remains.</summary>
    Unchanged = 1 << 8,

    /// <summary>Source only: scope, restricted, limited.</summary>
    Restricts = 1 << 9,

    /// <summary>Source only: missing, absent, lacking: backs a negation that the missing thing is there.</summary>
    Absent = 1 << 10,

    /// <summary>Source only: a standalone zero ("0", "0%").</summary>
    Zero = 1 << 11,

    /// <summary>Source only: a word with a negating prefix ("unaffected", "non-interactive").</summary>
    NegatingPrefix = 1 << 12,

    /// <summary>Claim only, with <see cref="Negative"/>: "no", "none" deny that something exists (a failure does not back them).</summary>
    Determiner = 1 << 13,

    /// <summary>Source only: "each", "100%": a whole group, as "all" says it.</summary>
    Whole = 1 << 14,

    /// <summary>Source only: "some", "most", "still", "6 of 14": part of a group, or a state not yet reached.</summary>
    Partial = 1 << 15,

    /// <summary>Source only: "failed", "missed", "stopped": backs "could not" about the same thing.</summary>
    Failure = 1 << 16,

    /// <summary>stays, remains, will still: a state that carries on, judged against the cited sentences about the same thing.</summary>
    Continuing = 1 << 17,

    /// <summary>Source only: until, ongoing, the same: with <see cref="Unchanged"/>, a sentence that says a state carries on.</summary>
    Lasting = 1 << 18,

    /// <summary>heavy, severe, brief, usual: an extent only the cited sources' own word (or an equivalent) supports.</summary>
    Degree = 1 << 19,

    /// <summary>always, invariably: every time, as "all" says every one; a source that says what can or may happen does not state it.</summary>
    Always = 1 << 20,

    /// <summary>Source only: can, may: what is possible, not what always happens.</summary>
    Possible = 1 << 21,

    /// <summary>Source only: healthy, normal: backs a negation of trouble ("not affected") about the same thing.</summary>
    Fine = 1 << 22,

    /// <summary>The classes a claim is judged on.</summary>
    ClaimClasses = Universal | Exclusive | Negative | Increase | Decrease | Improve | Degrade | Already | Continuing | Degree | Always,
}

/// <summary>Which source classes stand for which claim class.</summary>
internal static class SignalClasses
{
    /// <summary>The source classes that support a claim's use of <paramref name="claim"/> (negation is judged per sentence instead).</summary>
    public static SignalClass AcceptedFor(SignalClass claim) => claim switch
    {
        SignalClass.Universal => SignalClass.Universal | SignalClass.Whole,
        SignalClass.Always => SignalClass.Always | SignalClass.Universal | SignalClass.Whole,
        SignalClass.Exclusive => SignalClass.Exclusive | SignalClass.Zero | SignalClass.Negative | SignalClass.Unchanged | SignalClass.Restricts,
        SignalClass.Degree => SignalClass.None,
        _ => claim,
    };

    public static SignalClass Parse(string name) => name switch
    {
        "universal" => SignalClass.Universal,
        "exclusive" => SignalClass.Exclusive,
        "negative" => SignalClass.Negative,
        "negative-determiner" => SignalClass.Negative | SignalClass.Determiner,
        "whole" => SignalClass.Whole,
        "partial" => SignalClass.Partial,
        "failure" => SignalClass.Failure,
        "increase" => SignalClass.Increase,
        "decrease" => SignalClass.Decrease,
        "improve" => SignalClass.Improve,
        "degrade" => SignalClass.Degrade,
        "already" => SignalClass.Already,
        "continuing" => SignalClass.Continuing,
        "degree" => SignalClass.Degree,
        "lasting" => SignalClass.Lasting,
        "unchanged" => SignalClass.Unchanged,
        "restricts" => SignalClass.Restricts,
        "absent" => SignalClass.Absent,
        "fine" => SignalClass.Fine,
        "always" => SignalClass.Always,
        "possible" => SignalClass.Possible,
        _ => throw new InvalidDataException($"signals.txt: [{name}] is not a signal class."),
    };

    /// <summary>How a message names the class: "scope", "negation", …</summary>
    public static string Describe(SignalClass signal) =>
        signal.HasFlag(SignalClass.Negative) ? "negation"
        : (signal & (SignalClass.Universal | SignalClass.Exclusive | SignalClass.Always)) != 0 ? "scope"
        : (signal & (SignalClass.Increase | SignalClass.Decrease | SignalClass.Improve | SignalClass.Degrade)) != 0 ? "direction"
        : signal.HasFlag(SignalClass.Already) ? "status"
        : signal.HasFlag(SignalClass.Continuing) ? "continuity"
        : signal.HasFlag(SignalClass.Degree) ? "extent"
        : "signal";
}
