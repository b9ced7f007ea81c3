using System.Text.Json.Serialization.Metadata;

namespace ChatOps.Core.Ledger.Records;

/// <summary><c>check-override</c> v1: who approved a version despite the checker's findings, in which roles, and why.</summary>
public sealed record CheckOverrideV1(string? Version, string? By, IReadOnlyList<string>? Roles, string? Reason) : LedgerBody, ILedgerBody<CheckOverrideV1>
{
    public static string Kind => LedgerRecordKinds.CheckOverride;

    public static JsonTypeInfo<CheckOverrideV1> Json => LedgerJsonContext.Default.CheckOverrideV1;
}
