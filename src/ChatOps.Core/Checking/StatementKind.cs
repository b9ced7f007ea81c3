namespace ChatOps.Core.Checking;

/// <summary>What a statement is, which decides whether it needs a citation.</summary>
public enum StatementKind
{
    /// <summary>A declarative statement of fact: needs a resolved citation.</summary>
    Claim,

    /// <summary>Holds the label UNKNOWN: needs no citation.</summary>
    LabelledUnknown,

    /// <summary>A greeting, thanks, apology or sign-off.</summary>
    Courtesy,

    /// <summary>Ends with a question mark.</summary>
    Question,

    /// <summary>An instruction to the reader.</summary>
    Instruction,

    /// <summary>The authors' own present or future action or commitment.</summary>
    Commitment,
}
