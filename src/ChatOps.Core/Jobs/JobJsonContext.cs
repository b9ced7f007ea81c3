using System.Text.Json;
using System.Text.Json.Serialization;
using ChatOps.Core.Channels;

namespace ChatOps.Core.Jobs;

/// <summary>The one JSON contract of job payloads (source-generated): every writer and reader of a job goes through it.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
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
