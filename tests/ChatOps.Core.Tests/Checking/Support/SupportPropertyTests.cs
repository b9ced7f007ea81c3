using ChatOps.Core.Checking;
using ChatOps.Core.Evidence;
using CsCheck;

namespace ChatOps.Core.Tests.Checking.Support;

/// <summary>The two promises of the support rule that hold for any text: a copied sentence is supported, an invented name is not.</summary>
public sealed class SupportPropertyTests
{
    private static readonly string[] Subjects =
    [
        "The checkout API", "Card payments", "The nightly export job", "Search requests", "The EU cluster", "Login attempts",
        "Dana from the network team", "Outbound email", "The payments-gateway pods", "Every mobile client", "Some EMEA customers",
        "The reporting_ro user", "Our support desk", "The Severn exchange", "No customer data", "The DNS resolver",
    ];

    private static readonly string[] Predicates =
    [
        "failed", "returned errors", "recovered", "were delayed", "stopped", "rose to 12%", "were restored", "timed out",
        "was not affected", "has already been refunded", "fell from 4,920 to 0", "was approved by the risk committee",
        "is unavailable", "kept running", "was fully patched", "only accepted new orders", "could not connect",
    ];

    private static readonly string[] Tails =
    [
        "", " for 1,200 customers", " after deploy v2.3.1", " in the west region", " because the pool was exhausted",
        " on 2026-11-20", " for all users", " without data loss", " since 14:02 UTC", " due to a certificate that expired",
        " at Hollins Civil", " via the CDN", " and nothing else changed", " instead of the replica", " as the runbook requires",
    ];

    private static readonly string[] Words =
    [
        "pool", "exhausted", "after", "the", "deploy", "no", "not", "all", "only", "never", "customers", "Dana", "EMEA", "DNS",
        "because", "restored", "refunded", "approved", "team", "finance", "vendor", "rose", "fell", "faster", "slower",
        "end-of-term", "can't", "customer's", "1,200", "0", "12%", "v2.3.1", "already", "fully", "every", "cause", "errors",
    ];

    private static readonly SourceKind[] Kinds = [SourceKind.Ticket, SourceKind.LogQuery, SourceKind.Deploy, SourceKind.Doc, SourceKind.ChatMessage];

    private static readonly Gen<string> TemplateSentence =
        Gen.Select(Gen.OneOf(Subjects), Gen.OneOf(Predicates), Gen.OneOf(Tails), (s, p, t) => $"{s} {p}{t}.");

    private static readonly Gen<string> WordSentence =
        Gen.OneOf(Words).Array[2, 12].Select(w => char.ToUpperInvariant(w[0][0]) + string.Join(' ', w)[1..] + ".");

    private static readonly Gen<string> Sentence = Gen.Frequency((3, TemplateSentence), (1, WordSentence));

    // A source of one to four sentences, the index of one of them, and its kind.
    private static readonly Gen<(string[] Sentences, int Pick, SourceKind Kind)> OneSource =
        Gen.Select(Sentence.Array[1, 4], Gen.Int[0, 3], Gen.OneOf(Kinds), (s, p, k) => (s, p % s.Length, k));

    private static readonly Gen<string> InventedName =
        Gen.OneOf(
            // Never all X: "XX" and "XXX" are the spec's placeholders, an unlabelled-unknown rather than a name.
            Gen.Select(Gen.Char["QZJ"], Gen.Char["QXZJKV"].Array[1, 3], (first, rest) => first + new string(rest)),
            Gen.Select(Gen.Char["QXZ"], Gen.Char["aeiou"], Gen.Char["qxzjkv"], Gen.Char["aeiou"], Gen.Char["rnlt"],
                (a, b, c, d, e) => $"{a}{b}{c}{d}{e}"));

    private static CheckResult CheckOne(string sourceText, SourceKind kind, string draft) =>
        new CiteFirstChecker().Check(new EvidenceSet([new Source("S1", kind, "source", "https://records.example/S1", sourceText)]), draft);

    private static string Cite(string sentence) => sentence[..^1] + " [S1].";

    // The checker reads an acronym as the initials of 2 to 4 consecutive words of a cited source; such an acronym is
    // not invented, so the generator's random letters must not count when they happen to spell some.
    private static bool SpellsInitialsOf(string text, string name)
    {
        if (name.Any(char.IsLower))
        {
            return false;
        }

        // Read the words both ways the checker might ("reporting_ro" as one word or two), erring towards skipping.
        static string Initials(IEnumerable<string> words) => string.Concat(words.Where(w => w.Length > 0 && char.IsLetter(w[0])).Select(w => char.ToUpperInvariant(w[0])));
        return Initials(text.Split(' ')).Contains(name, StringComparison.Ordinal)
            || Initials(System.Text.RegularExpressions.Regex.Split(text, "[^A-Za-z0-9]+")).Contains(name, StringComparison.Ordinal);
    }

    [Fact]
    public void ASentenceCopiedFromTheCitedSource_IsNeverUnsupported() =>
        OneSource.Sample(source =>
        {
            var text = string.Join(' ', source.Sentences);
            var draft = Cite(source.Sentences[source.Pick]);
            var result = CheckOne(text, source.Kind, draft);
            Assert.False(
                result.Findings.Any(f => f.Rule == RuleIds.UnsupportedClaim),
                $"source: {text}\ndraft: {draft}\nfindings: {string.Join("; ", result.Findings.Select(f => $"{f.Rule}: {f.Message}"))}");
        }, iter: 3000);

    [Fact]
    public void AddingANameOrAcronymNoCitedSourceHolds_AlwaysMakesTheClaimUnsupported() =>
        Gen.Select(OneSource, InventedName, Gen.Int[1, 20]).Sample((source, name, at) =>
        {
            var text = string.Join(' ', source.Sentences);
            var sentence = source.Sentences[source.Pick];
            var supported = CheckOne(text, source.Kind, Cite(sentence));
            var statement = Assert.Single(supported.Statements);
            if (statement.Kind != StatementKind.Claim || supported.Findings.Any(f => f.Rule is RuleIds.UnlabelledUnknown))
            {
                return; // only a claim without a guess is judged for support
            }

            if (SpellsInitialsOf(text, name))
            {
                return; // "JK" beside "job kept": the source holds it, spelt out, as "IC" stands for "incident commander"
            }

            // After the first word, so the name is never the capital that opens the sentence.
            var words = sentence[..^1].Split(' ');
            var position = 1 + (at % words.Length);
            var withName = string.Join(' ', words.Take(position).Append(name).Concat(words.Skip(position))) + ".";
            var result = CheckOne(text, source.Kind, Cite(withName));
            if (result.Statements.Count != 1 || result.Statements[0].Kind != StatementKind.Claim)
            {
                return; // the name turned the sentence into an instruction ("Deploy … approved Xaqar the …"): no longer a claim
            }

            Assert.True(
                result.Findings.Any(f => f.Rule == RuleIds.UnsupportedClaim && f.Message.Contains($"'{name}'", StringComparison.Ordinal)),
                $"source: {text}\ndraft: {Cite(withName)}\nfindings: {string.Join("; ", result.Findings.Select(f => $"{f.Rule}: {f.Message}"))}");
        }, iter: 3000);
}
