namespace ChatOps.Core.Checking.Support;

/// <summary>What a claim word's letters look like, as the support analyzer asks it.</summary>
[Flags]
internal enum WordShape
{
    None = 0,

    /// <summary>Opens with a capital.</summary>
    Capitalised = 1 << 0,

    /// <summary>Two capitals or more and no lower-case letter or digit ("EU").</summary>
    Acronym = 1 << 1,

    /// <summary>Four characters or more ending in "'s" ("Dana's").</summary>
    Possessive = 1 << 2,

    /// <summary>The word "being", in any case.</summary>
    Being = 1 << 3,

    /// <summary>The word "would", in any case.</summary>
    Would = 1 << 4,
}
