using ChatOps.Core.Policy;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatOps.Policy.Yaml;

/// <summary>Loads and validates a workflow policy file; every error names its line and the fix.</summary>
public static class PolicyYamlLoader
{
    /// <summary>The name the shipped default policy is reported under.</summary>
    public const string DefaultSourceName = "policy/chatops.policy.yaml (shipped default)";

    public static ChatOpsPolicy LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>The default policy shipped with ChatOps, for the seven workflows.</summary>
    public static ChatOpsPolicy LoadDefault() => Parse(DefaultText(), DefaultSourceName);

    public static string DefaultText()
    {
        using var stream = typeof(PolicyYamlLoader).Assembly.GetManifestResourceStream("chatops.policy.yaml")
            ?? throw new InvalidOperationException("The shipped default policy is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static ChatOpsPolicy Parse(string yaml, string source) => Parse(yaml, source, null);

    /// <summary>Loads a policy for a host that resolves the groups of <paramref name="resolvableGroupChannels"/> only.</summary>
    public static ChatOpsPolicy LoadFor(string? path, IReadOnlyCollection<string> resolvableGroupChannels) =>
        path is { Length: > 0 } ? Parse(File.ReadAllText(path), path, resolvableGroupChannels) : Parse(DefaultText(), DefaultSourceName, resolvableGroupChannels);

    public static ChatOpsPolicy Parse(string yaml, string source, IReadOnlyCollection<string>? resolvableGroupChannels)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new PolicyLoadException(
            [
                new PolicyError(source, (int)ex.Start.Line, (int)ex.Start.Column, $"The file is not valid YAML: {ex.Message}", "Check indentation (spaces, not tabs) and that every key ends with ':'."),
            ]);
        }

        if (stream.Documents.Count == 0)
        {
            throw new PolicyLoadException([new PolicyError(source, 1, 1, "The policy file is empty.", "Start from the shipped policy/chatops.policy.yaml.")]);
        }

        var reader = new PolicyYamlReader(source);
        var policy = reader.Read(stream.Documents[0].RootNode);
        var errors = reader.Errors.ToList();
        if (policy is not null)
        {
            errors.AddRange(PolicyValidator.Validate(policy, resolvableGroupChannels).Select(reader.Locate));
        }

        if (errors.Count > 0)
        {
            throw new PolicyLoadException(errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToArray());
        }

        return policy!;
    }
}
