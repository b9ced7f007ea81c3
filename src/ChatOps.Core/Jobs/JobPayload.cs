using System.Text.Json.Serialization;

namespace ChatOps.Core.Jobs;

/// <summary>What a job carries, one record type per kind; <c>v</c> says which shape of it the payload has.</summary>
public abstract record JobPayload
{
    /// <summary>The payload shape this build writes; a payload without <c>v</c> was written before versions and reads as 1.</summary>
    public const int CurrentVersion = 1;

    [JsonPropertyName("v")]
    [JsonPropertyOrder(-1)]
    public int PayloadVersion
    {
        get => version == 0 ? 1 : version;
        init => version = value;
    }

    // 0 when the payload had no "v": the serializer sets init-only members it does not find to their default.
    private readonly int version = CurrentVersion;

    /// <summary>The job kind (<see cref="Ledger.JobKinds"/>) this payload is run as.</summary>
    /// <remarks>Not written: the row's kind column holds it. Ignored here once, for every kind (an override is a member of its own to the serializer).</remarks>
    [JsonIgnore]
    public string Kind => KindName;

    /// <summary>Each payload record's kind; protected, so no serializer sees it.</summary>
    protected abstract string KindName { get; }
}
