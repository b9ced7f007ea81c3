namespace ChatOps.Core.Checking.Text;

/// <summary>What a block of the draft is, which decides whether it holds statements.</summary>
internal enum BlockKind
{
    /// <summary>A paragraph or a list item: split into sentences.</summary>
    Prose,

    /// <summary>A table body row: one statement.</summary>
    TableRow,

    /// <summary>A heading, table header or delimiter row, or thematic break: no statements, but links still count.</summary>
    Structural,
}

/// <summary>A block of the draft, from its first content character to the end of its last line's content.</summary>
internal readonly record struct Block(BlockKind Kind, TextSpan Span);
