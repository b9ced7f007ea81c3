using System.Globalization;
using ChatOps.Core.Policy;
using YamlDotNet.RepresentationModel;

namespace ChatOps.Policy.Yaml;

/// <summary>Typed reads from YAML nodes that collect errors with line numbers instead of stopping at the first one.</summary>
internal class YamlNodeReader(string source)
{
    private readonly List<PolicyError> errors = [];
    private readonly Dictionary<string, (int Line, int Column)> positions = new(StringComparer.Ordinal);

    public IReadOnlyList<PolicyError> Errors => errors;

    /// <summary>Turns a validator problem (a dotted path) into an error at the line of the deepest known node on that path.</summary>
    public PolicyError Locate(PolicyProblem problem)
    {
        var path = problem.Path;
        while (!positions.ContainsKey(path) && path.Contains('.', StringComparison.Ordinal))
        {
            path = path[..path.LastIndexOf('.')];
        }

        var (line, column) = positions.TryGetValue(path, out var at) ? at : (1, 1);
        return new PolicyError(source, line, column, problem.Message, problem.Fix);
    }

    protected void Error(YamlNode node, string message, string fix) =>
        errors.Add(new PolicyError(source, (int)node.Start.Line, (int)node.Start.Column, message, fix));

    protected void Remember(string path, YamlNode node) => positions[path] = ((int)node.Start.Line, (int)node.Start.Column);

    protected YamlMappingNode? Mapping(YamlNode node, string path)
    {
        Remember(path, node);
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        Error(node, $"'{path}' must be a mapping of keys to values.", $"Indent the keys of '{path}' under it, one per line as key: value.");
        return null;
    }

    /// <summary>The mapping's entries by key, after reporting keys that are not allowed (with the nearest allowed one).</summary>
    protected Dictionary<string, YamlNode> Entries(YamlMappingNode mapping, string path, IReadOnlyList<string>? allowed)
    {
        var entries = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = ((keyNode as YamlScalarNode)?.Value ?? string.Empty).Trim();
            var childPath = path.Length == 0 ? key : $"{path}.{key}";
            if (allowed is not null && !allowed.Contains(key, StringComparer.Ordinal))
            {
                var nearest = Nearest.Of(key, allowed);
                Error(keyNode, $"Unknown key '{key}' in {(path.Length == 0 ? "the top level" : $"'{path}'")}.", nearest is null
                    ? $"Remove it; allowed keys are: {string.Join(", ", allowed)}."
                    : $"Did you mean '{nearest}'? Allowed keys are: {string.Join(", ", allowed)}.");
                continue;
            }

            if (!entries.TryAdd(key, value))
            {
                Error(keyNode, $"Key '{key}' appears twice in '{path}'.", "Keep one of them.");
                continue;
            }

            Remember(childPath, keyNode);
        }

        return entries;
    }

    protected string? Text(YamlNode node, string path)
    {
        if (node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
        {
            return value.Trim();
        }

        Error(node, $"'{path}' must be a non-empty text value.", $"Write {path.Split('.')[^1]}: <value>.");
        return null;
    }

    protected int? Integer(YamlNode node, string path, string fix)
    {
        if (node is YamlScalarNode { Value: { } value } && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        Error(node, $"'{path}' must be a whole number, not '{(node as YamlScalarNode)?.Value ?? node.NodeType.ToString()}'.", fix);
        return null;
    }

    protected bool? Boolean(YamlNode node, string path)
    {
        var value = (node as YamlScalarNode)?.Value;
        if (value is "true" or "false")
        {
            return value == "true";
        }

        Error(node, $"'{path}' must be true or false, not '{value ?? node.NodeType.ToString()}'.", $"Write {path.Split('.')[^1]}: true or {path.Split('.')[^1]}: false.");
        return null;
    }

    protected IReadOnlyList<string> TextList(YamlNode node, string path)
    {
        if (node is not YamlSequenceNode sequence)
        {
            Error(node, $"'{path}' must be a list.", $"Write {path.Split('.')[^1]}: [first, second].");
            return [];
        }

        return sequence.Children.Select(child => Text(child, path)).OfType<string>().ToArray();
    }
}
