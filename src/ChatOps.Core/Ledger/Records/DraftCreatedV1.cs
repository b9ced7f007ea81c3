using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ChatOps.Core.Ledger.Records;

/// <summary><c>draft-created</c> v1: a version of a draft, who it was made for, with which prompt, model and evidence, and its text.</summary>
/// <remarks>OutputHash is the version decisions bind to. Flags are absent when there are none.</remarks>
public sealed record DraftCreatedV1(
    string? Drafter,
    string? Request,
    string? PromptId,
    string? PromptVersionHash,
    string? ModelId,
    IReadOnlyDictionary<string, string>? ModelSettings,
    IReadOnlyList<DraftEvidenceV1>? Evidence,
    string? Output,
    string? OutputHash,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<DraftFlagV1>? Flags) : LedgerBody, ILedgerBody<DraftCreatedV1>
{
    public static string Kind => LedgerRecordKinds.DraftCreated;

    public static JsonTypeInfo<DraftCreatedV1> Json => LedgerJsonContext.Default.DraftCreatedV1;
}

/// <summary>A source a draft version used: id, kind, content hash and link.</summary>
public sealed record DraftEvidenceV1(string? Id, string? Kind, string? ContentHash, string? Uri);

/// <summary>What a reviewer must know about how a version was made (a source that tried to instruct the model).</summary>
public sealed record DraftFlagV1(string? Kind, [property: JsonPropertyName("source")] string? SourceId, string? Phrase, string? Detail);
