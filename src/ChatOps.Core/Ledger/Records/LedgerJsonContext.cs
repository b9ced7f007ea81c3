using System.Text.Json.Serialization;

namespace ChatOps.Core.Ledger.Records;

/// <summary>
/// The one JSON contract of ledger record bodies, source-generated: snake_case keys, nulls written unless a property
/// says otherwise (the stored shapes write them), numbers also read from text.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(LenientStringConverter)])]
[JsonSerializable(typeof(DraftCreatedV1))]
[JsonSerializable(typeof(CheckResultV1))]
[JsonSerializable(typeof(CheckOverrideV1))]
[JsonSerializable(typeof(ApprovalRequestedV1))]
[JsonSerializable(typeof(DecisionV1))]
[JsonSerializable(typeof(DecisionExpiredV1))]
[JsonSerializable(typeof(ReminderSentV1))]
[JsonSerializable(typeof(WriteBackV1))]
[JsonSerializable(typeof(WriteBackRetriedV1))]
[JsonSerializable(typeof(WorkflowSwitchedV1))]
[JsonSerializable(typeof(RetentionRunV1))]
[JsonSerializable(typeof(ModelCallV1))]
[JsonSerializable(typeof(PromptEvalV1))]
public sealed partial class LedgerJsonContext : JsonSerializerContext;
