using System.CommandLine;
using System.Globalization;
using ChatOps.Cli.Output;

namespace ChatOps.Cli.Commands;

/// <summary>Options several commands share, built fresh per command so no symbol has two parents.</summary>
internal static class CommonOptions
{
    public static Option<string> Format() => new("--format")
    {
        Description = $"Output format: {OutputFormats.Text} (for people) or {OutputFormats.Json} (for programs).",
        DefaultValueFactory = _ => OutputFormats.Text,
    };

    /// <summary>An optional fraction in [0, 1]; a bad value is a parse error that names the option and the fix.</summary>
    public static Option<double?> Fraction(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var token = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
            if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && value is >= 0 and <= 1)
            {
                return value;
            }

            result.AddError($"{name} \"{token}\" is not a fraction between 0 and 1; give a value such as 0.9");
            return null;
        },
    };
}
