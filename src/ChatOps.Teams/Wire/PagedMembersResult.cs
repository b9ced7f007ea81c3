using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatOps.Teams.Wire;

/// <summary>One page of <c>GET v3/conversations/{id}/pagedmembers</c>: the members and the token for the next page (none on the last).</summary>
public sealed record PagedMembersResult
{
    public string? ContinuationToken { get; init; }

    public IReadOnlyList<TeamsChannelAccount>? Members { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
