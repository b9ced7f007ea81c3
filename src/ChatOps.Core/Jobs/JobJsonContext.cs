using System.Text.Json;
using System.Text.Json.Serialization;
using ChatOps.Core.Channels;

namespace ChatOps.Core.Jobs;

/// <summary>The one JSON contract of job payloads (source-generated): every writer and reader of a job goes through it.</summary>
/// <remarks>
/// Null members are not written (six of them in every accepted Slack message, a tenth of its row): every reader goes
/// through this contract, where a missing member reads as null exactly as a written null does (no payload member has a
/// non-null default), so rows kept with their nulls by earlier builds read the same.
/// </remarks>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RunRequestJob))]
[JsonSerializable(typeof(DeliverReplyJob))]
[JsonSerializable(typeof(DecisionNoticeJob))]
[JsonSerializable(typeof(WriteBackJob))]
[JsonSerializable(typeof(ReminderJob))]
[JsonSerializable(typeof(ExpiryJob))]
[JsonSerializable(typeof(StaleApprovalJob))]
[JsonSerializable(typeof(LegacyInboxRequest))]
[JsonSerializable(typeof(ReplyAddress))]
public sealed partial class JobJsonContext : JsonSerializerContext;
