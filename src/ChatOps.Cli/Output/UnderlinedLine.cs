namespace ChatOps.Cli.Output;

/// <summary>One draft line a span touches, and the marker row (spaces then carets) that sits under the span.</summary>
internal sealed record UnderlinedLine(int LineNumber, string Text, string Marker);
