namespace ChatOps.Core.Checking;

/// <summary>A sentence of a cited source that backs a claim: <c>source.Text[Start..End] == Text</c>, offsets in UTF-16 code units.</summary>
public sealed record SupportSpan(string SourceId, int Start, int End, string Text);
