using System.Text.Json;
using ChatOps.Teams.Wire;

namespace ChatOps.Teams.Inbound;

/// <summary>The Entra tenant an activity comes from: <c>channelData.tenant.id</c>, else <c>conversation.tenantId</c>.</summary>
internal static class ActivityTenant
{
    public static string? Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            && !string.IsNullOrEmpty(id.GetString()))
        {
            return id.GetString();
        }

        return string.IsNullOrEmpty(activity.Conversation?.TenantId) ? null : activity.Conversation.TenantId;
    }
}
