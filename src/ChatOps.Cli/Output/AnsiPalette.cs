namespace ChatOps.Cli.Output;

/// <summary>Wraps text in ANSI colour codes, or leaves it plain when colour is off.</summary>
internal sealed class AnsiPalette
{
    private const string Reset = "\u001b[0m";

    public AnsiPalette(bool enabled)
    {
        Enabled = enabled;
    }

    public bool Enabled { get; }

    public string Red(string text) => Wrap("\u001b[31m", text);

    public string Green(string text) => Wrap("\u001b[32m", text);

    public string Yellow(string text) => Wrap("\u001b[33m", text);

    public string Bold(string text) => Wrap("\u001b[1m", text);

    public string Dim(string text) => Wrap("\u001b[2m", text);

    private string Wrap(string code, string text) => Enabled ? code + text + Reset : text;
}
