using ChatOps.Core.Checking;
using ChatOps.Core.Evidence;

namespace ChatOps.Core.Tests.Checking;

/// <summary>Small evidence sets and helpers shared by the checker tests.</summary>
internal static class CheckerFixtures
{
    public static EvidenceSet Evidence { get; } = new(
    [
        new Source("S1", SourceKind.Ticket, "INC-2041", "https://tickets.example/INC-2041",
            "INC-2041 Checkout API returned errors for 1,200 customers. Opened 14:02 UTC on 2026-11-20. Version v2.3.1 deployed."),
        new Source("S2", SourceKind.LogQuery, "checkout errors", "https://logs.example/q/checkout",
            "checkout-api 5xx: 12% of requests from 14:00 to 14:40 UTC; back to 0.1% after 14:40 UTC"),
        new Source("S3", SourceKind.Doc, "refund policy", "https://docs.example/refunds",
            "Refunds are issued within 5 business days. Prices rise to $4 on 2027-01-01."),
        new Source("S4", SourceKind.ChatMessage, "ops chat", "https://chat.example/m/1",
            "[2026-11-20 14:20 UTC] Dana: rolled back the checkout deploy."),
    ]);

    public static CheckResult Check(string draft) => new CiteFirstChecker().Check(Evidence, draft);

    public static IReadOnlyList<string> Rules(string draft) => Check(draft).Findings.Select(f => f.Rule).ToList();

    public static IReadOnlyList<string> StatementTexts(string draft) => Check(draft).Statements.Select(s => s.Text).ToList();
}
