using ChatOps.Core.Checking;
using CsCheck;
using static ChatOps.Core.Tests.Checking.CheckerFixtures;

namespace ChatOps.Core.Tests.Checking;

public sealed class CheckerPropertyTests
{
    // Fragments that exercise the splitter's edge cases, mixed with arbitrary Unicode.
    private static readonly string[] Fragments =
    [
        "[S1]", "[S9]", "[S1, S2]", "[ ]", "[x]", "[UNKNOWN]", "UNKNOWN", "\r\n", "\n", "\n\n", "\r", "- ", "1. ", "2) ",
        "  - ", "| ", " |", "|---|", "```", "~~~", "# ", "## ", "> ", "https://tickets.example/INC-2041", "http://x.example/(a)",
        "14:02", "2026-11-20", "20 Nov", "v2.3.1", "1,200", "$4", "e.g.", "U.S.", "approx.", ".", "?", "!", "…", ":", ",",
        "\u200B", "\u00A0", "\uFEFF", "“", "”", "’", "probably", "XXX", "??", "We will", "Please", "Thanks", "Best,",
        "The API failed", " ", "[", "]", "(", ")", "*", "**", "_", "\t", "\uD83D\uDE00", "\uD800", "\uDC00",
    ];

    private static readonly Gen<string> MarkdownishText =
        Gen.OneOf(Gen.OneOf(Fragments), Gen.String[0, 12], Gen.Char.Select(c => c.ToString()))
            .Array[0, 40]
            .Select(parts => string.Concat(parts));

    private static readonly string[] Subjects = ["The checkout API", "The payment service", "The EU cluster", "Every mobile client", "The nightly job"];
    private static readonly string[] Predicates = ["returned errors", "stopped responding", "recovered", "dropped requests", "slowed down"];

    private static readonly Gen<string[]> Claims =
        Gen.Select(Gen.OneOf(Subjects), Gen.OneOf(Predicates), (s, p) => $"{s} {p}.").Array[1, 12];

    [Fact]
    public void Checker_NeverThrows_OnArbitraryText() =>
        MarkdownishText.Sample(draft => _ = Check(draft), iter: 3000);

    [Fact]
    public void EveryOffset_LiesInsideTheDraft_AndSpansTheReportedText() =>
        MarkdownishText.Sample(draft =>
        {
            var result = Check(draft);
            foreach (var s in result.Statements)
            {
                Assert.InRange(s.Start, 0, draft.Length);
                Assert.InRange(s.End, s.Start, draft.Length);
                Assert.Equal(s.Text, draft[s.Start..s.End]);
            }

            foreach (var f in result.Findings)
            {
                Assert.InRange(f.Start, 0, draft.Length);
                Assert.InRange(f.End, f.Start, draft.Length);
                Assert.Equal(f.Text, draft[f.Start..f.End]);
            }
        }, iter: 3000);

    [Fact]
    public void CheckingTwice_GivesTheSameResult() =>
        MarkdownishText.Sample(draft =>
        {
            var first = Check(draft);
            var second = Check(draft);
            Assert.Equal(first.Verdict, second.Verdict);
            Assert.Equal(first.Findings, second.Findings);
            Assert.Equal(first.Statements.Select(s => (s.Text, s.Start, s.Kind)), second.Statements.Select(s => (s.Text, s.Start, s.Kind)));
        }, iter: 1000);

    [Fact]
    public void AddingAValidCitation_ToAnUncitedClaim_RemovesExactlyThatFinding() =>
        Gen.Select(Claims, Gen.Int[0, 100], Gen.OneOf(" ", "\n", "\n\n", "\n- ")).Sample((claims, pick, separator) =>
        {
            var draft = string.Join(separator, claims);
            var before = Check(draft);
            var uncited = before.Findings.Where(f => f.Rule == RuleIds.UncitedClaim).ToList();
            Assert.NotEmpty(uncited);
            var target = uncited[pick % uncited.Count];

            var cited = draft[..(target.End - 1)] + " [S1]" + draft[(target.End - 1)..];
            var after = Check(cited);

            // Under spec v2 the citation may add unsupported-claim on that statement (S1 is not about these claims); nothing else changes.
            var expected = before.Findings.Where(f => f != target).Select(f => (f.Rule, f.Text)).ToList();
            var targetText = after.Statements.Single(s => s.Start == target.Start).Text;
            Assert.Equal(expected, after.Findings.Where(f => !(f.Rule == RuleIds.UnsupportedClaim && f.Text == targetText)).Select(f => (f.Rule, f.Text)));
        }, iter: 500);
}
