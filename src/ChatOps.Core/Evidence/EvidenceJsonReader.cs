using System.Text.Json;

namespace ChatOps.Core.Evidence;

/// <summary>Reads the spec's evidence format (<c>{"sources":[...]}</c>) with errors that name the place and the fix.</summary>
public static class EvidenceJsonReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Parses evidence JSON text; <paramref name="origin"/> names the input in error messages.</summary>
    public static EvidenceSet Parse(string json, string origin)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = ParseDocument(json, origin);
        return Read(document.RootElement, origin, "");
    }

    /// <summary>Parses JSON text into a document, turning syntax errors into one line with line and column.</summary>
    public static JsonDocument ParseDocument(string json, string origin)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var column = (ex.BytePositionInLine ?? 0) + 1;
            var reason = ex.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].TrimEnd('.');
            throw new EvidenceFormatException(
                $"{origin}:{line}:{column}: invalid JSON ({reason}); fix the syntax at that line and column.", ex);
        }
    }

    /// <summary>Reads an evidence object (the value holding "sources"); <paramref name="path"/> prefixes JSON paths in errors.</summary>
    public static EvidenceSet Read(JsonElement evidence, string origin, string path)
    {
        if (evidence.ValueKind != JsonValueKind.Object)
        {
            throw Error(origin, path.Length == 0 ? "the top level" : path, "is not a JSON object; write {\"sources\": [ ... ]}");
        }

        var sourcesPath = Join(path, "sources");
        if (!evidence.TryGetProperty("sources", out var sources) || sources.ValueKind != JsonValueKind.Array)
        {
            throw Error(origin, sourcesPath, "is missing or not an array; write {\"sources\": [ {\"id\": \"S1\", \"kind\": \"ticket\", \"text\": \"...\"} ]}");
        }

        var list = new List<Source>();
        var firstIndexOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var element in sources.EnumerateArray())
        {
            var here = $"{sourcesPath}[{index}]";
            var source = ReadSource(element, origin, here);
            if (!firstIndexOfId.TryAdd(source.Id, index))
            {
                throw Error(origin, Join(here, "id"),
                    $"repeats the id \"{source.Id}\" of {sourcesPath}[{firstIndexOfId[source.Id]}]; give every source a unique id");
            }

            list.Add(source);
            index++;
        }

        return new EvidenceSet(list);
    }

    private static Source ReadSource(JsonElement element, string origin, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error(origin, path, "is not an object; each source is {\"id\", \"kind\", \"text\", optional \"title\" and \"uri\"}");
        }

        var id = OptionalString(element, "id", origin, path);
        if (string.IsNullOrWhiteSpace(id))
        {
            throw Error(origin, Join(path, "id"), "is missing; give the source an id such as \"S1\" (no spaces, commas or brackets)");
        }

        if (!SourceIds.IsValid(id))
        {
            throw Error(origin, Join(path, "id"), $"\"{id}\" holds a space, comma or bracket; use a token such as \"S1\" or \"INC-2041\"");
        }

        var kindName = OptionalString(element, "kind", origin, path);
        if (kindName is null)
        {
            throw Error(origin, Join(path, "kind"), $"is missing for source \"{id}\"; use one of: {string.Join(", ", SourceKinds.AllNames)}");
        }

        if (!SourceKinds.TryParse(kindName, out var kind))
        {
            throw Error(origin, Join(path, "kind"), $"\"{kindName}\" is not a source kind; use one of: {string.Join(", ", SourceKinds.AllNames)}");
        }

        var text = OptionalString(element, "text", origin, path)
            ?? throw Error(origin, Join(path, "text"), $"is missing for source \"{id}\"; the rules read what the source says from \"text\"");
        var title = OptionalString(element, "title", origin, path) ?? "";
        var uri = OptionalString(element, "uri", origin, path);
        var sensitivity = ReadSensitivity(element, origin, path);
        return new Source(id, kind, title, string.IsNullOrEmpty(uri) ? null : uri, text) { Sensitivity = sensitivity };
    }

    private static Sensitivity ReadSensitivity(JsonElement element, string origin, string path)
    {
        var label = OptionalString(element, "sensitivity", origin, path);
        if (label is null)
        {
            return Sensitivity.Internal;
        }

        return label switch
        {
            "public" => Sensitivity.Public,
            "internal" => Sensitivity.Internal,
            "confidential" => Sensitivity.Confidential,
            "restricted" => Sensitivity.Restricted,
            _ => throw Error(origin, Join(path, "sensitivity"),
                $"\"{label}\" is not a sensitivity label; use public, internal, confidential or restricted"),
        };
    }

    private static string? OptionalString(JsonElement element, string name, string origin, string path)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw Error(origin, Join(path, name), $"is a {value.ValueKind.ToString().ToLowerInvariant()}, not a string; write it in quotes");
        }

        return value.GetString();
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static EvidenceFormatException Error(string origin, string path, string problem) =>
        new($"{origin}: {path} {problem}.");
}
