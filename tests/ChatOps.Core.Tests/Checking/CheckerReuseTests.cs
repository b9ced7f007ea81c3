using System.Text.Json;
using System.Text.Json.Serialization;
using ChatOps.Core.Checking;

namespace ChatOps.Core.Tests.Checking;

/// <summary>The host's one checker keeps its working tables from check to check: no check may read what the last one left.</summary>
public sealed class CheckerReuseTests
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    private static readonly string[] Drafts =
    [
        "Checkout API returned errors for 1,200 customers [S1]. Dana rolled back the checkout deploy at 14:20 UTC [S4].",
        "The root cause was a DNS misconfiguration at our CDN provider [S1].\n\n- Refunds are issued within 5 business days [S3].",
        "| Region | Errors | Source |\n|---|---|---|\n| EU | 12% | [S2] |\n\nThe cause probably was the deploy [S1].",
        "Hi team,\n\nAll payments were refunded automatically [S3]. See https://elsewhere.example/x for more.\n\nBest,\nDana",
    ];

    [Fact]
    public void OneCheckerCheckingManyDrafts_AnswersEachAsAFreshCheckerWould()
    {
        var reused = new CiteFirstChecker();
        foreach (var round in Enumerable.Range(0, 3))
        {
            foreach (var draft in round == 1 ? Drafts.Reverse() : Drafts)
            {
                var fresh = new CiteFirstChecker().Check(CheckerFixtures.Evidence, draft);
                Assert.Equal(JsonSerializer.Serialize(fresh, Json), JsonSerializer.Serialize(reused.Check(CheckerFixtures.Evidence, draft), Json));
            }
        }
    }

    [Fact]
    public void AfterADraftOfMoreWordsThanTheCheckerKeeps_TheNextDraftsAreAnsweredAsAFreshCheckerWould()
    {
        // Over 8,192 distinct claim words (the support analyzer's kept word table): the table is emptied after it.
        var words = string.Join(" ", Enumerable.Range(0, 9_000).Select(n => $"zq{Letters(n)}"));
        var large = $"Checkout API returned errors for {words} [S1].";
        var reused = new CiteFirstChecker();
        foreach (var draft in new[] { large }.Concat(Drafts).Append(large).Concat(Drafts))
        {
            var fresh = new CiteFirstChecker().Check(CheckerFixtures.Evidence, draft);
            Assert.Equal(JsonSerializer.Serialize(fresh, Json), JsonSerializer.Serialize(reused.Check(CheckerFixtures.Evidence, draft), Json));
        }

        static string Letters(int n) => new(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('a' + d - '0')).ToArray());
    }

    [Fact]
    public async Task ChecksRunningSideBySide_OnOneChecker_AnswerAsFreshCheckersWould()
    {
        var shared = new CiteFirstChecker();
        var expected = Drafts.Select(d => JsonSerializer.Serialize(new CiteFirstChecker().Check(CheckerFixtures.Evidence, d), Json)).ToArray();
        var runs = Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            for (var n = 0; n < 50; n++)
            {
                var k = (worker + n) % Drafts.Length;
                Assert.Equal(expected[k], JsonSerializer.Serialize(shared.Check(CheckerFixtures.Evidence, Drafts[k]), Json));
            }
        }));
        await Task.WhenAll(runs);
    }
}
