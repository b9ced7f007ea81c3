namespace ChatOps.Cli;

/// <summary>The streams and terminal facts a command uses, injectable so tests can run the CLI in-process.</summary>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error)
{
    /// <summary>Standard output is an interactive terminal, not a pipe or a file.</summary>
    public bool IsOutputTerminal { get; init; }

    /// <summary>Standard error is an interactive terminal, not a pipe or a file.</summary>
    public bool IsErrorTerminal { get; init; }

    /// <summary>The user asked for no colour (the NO_COLOR convention, https://no-color.org).</summary>
    public bool NoColor { get; init; }

    /// <summary>ANSI colour on standard output only when a person is reading it and has not opted out.</summary>
    public bool UseColorOnOutput => IsOutputTerminal && !NoColor;

    public static CliConsole FromSystem() =>
        new(Console.In, Console.Out, Console.Error)
        {
            IsOutputTerminal = !Console.IsOutputRedirected,
            IsErrorTerminal = !Console.IsErrorRedirected,
            NoColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
        };
}
