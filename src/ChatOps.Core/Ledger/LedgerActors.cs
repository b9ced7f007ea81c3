using System.Text.Json.Nodes;

namespace ChatOps.Core.Ledger;

/// <summary>The people a record names as acting (drafter, submitter, approver, overrider), which the person search indexes.</summary>
public static class LedgerActors
{
    public static IReadOnlyList<string> Of(LedgerRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Payload is null || JsonNode.Parse(record.Payload) is not JsonObject payload)
        {
            return [];
        }

        var people = new List<string>(2);
        foreach (var key in (string[])["drafter", "by"])
        {
            if (payload[key] is JsonValue value && value.TryGetValue<string>(out var person) && person.Length > 0 && !people.Contains(person, StringComparer.Ordinal))
            {
                people.Add(person);
            }
        }

        return people;
    }
}
