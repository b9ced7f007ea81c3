namespace ChatOps.Cli.Input;

/// <summary>A draft as read from the command line: its text and the name messages call it by.</summary>
internal sealed record DraftInput(string Origin, string Text);
