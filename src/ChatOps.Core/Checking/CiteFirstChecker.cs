using ChatOps.Core.Checking.Classification;
using ChatOps.Core.Checking.Rules;
using ChatOps.Core.Checking.Signals;
using ChatOps.Core.Checking.Support;
using ChatOps.Core.Checking.Text;
using ChatOps.Core.Evidence;

namespace ChatOps.Core.Checking;

/// <summary>The deterministic cite-first checker: splits the draft into statements and applies every rule of the spec.</summary>
public sealed class CiteFirstChecker : ICiteFirstChecker
{
    private static readonly IStatementRule[] Rules =
    [
        new UncitedClaimRule(),
        new UnknownSourceRule(),
        new UnlabelledUnknownRule(),
        new TimelineMissingReferenceRule(),
        new UngroundedSpecificRule(),
    ];

    private static readonly UnsupportedClaimRule SupportRule = new();

    // Sources read by this checker: the host's one checker reads a ticket's sources once, not in every request.
    private readonly SourceIndexCache sources = new();

    // The working state of the last check, cleared and kept for the next one: its word tables start at the size the
    // last draft needed instead of growing again. One is kept; a check running beside another makes its own.
    private CheckState? spare;

    /// <inheritdoc />
    /// <remarks>The rules are the same for every workflow today; the workflow is part of the input so that
    /// per-workflow rules can be added without changing callers.</remarks>
    public CheckResult Check(EvidenceSet evidence, string draft, string? workflow = null)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(draft);

        var state = Interlocked.Exchange(ref spare, null) ?? new CheckState();
        try
        {
            return Check(evidence, draft, state.Pool, state.Analyzer, state.Scratch);
        }
        finally
        {
            state.Clear();
            Volatile.Write(ref spare, state);
        }
    }

    private CheckResult Check(EvidenceSet evidence, string draft, WordPool pool, SupportAnalyzer analyzer, StatementScratch scratch)
    {
        var index = new EvidenceIndex(evidence, sources);
        using var lines = new LineIndex(draft);
        var citedSets = new CitedSets(index);
        var classifier = new StatementClassifier(pool);
        using var blocks = new PooledList<Block>();
        BlockParser.Parse(draft, blocks);

        // A block holds at least one statement as a rule: the list starts at that size. It is pooled and copied into an
        // array of the exact size at the end: the result keeps no spare capacity, and a long draft's growing list
        // allocates no large objects.
        using var statements = new PooledList<Statement>(blocks.Count);
        var findings = new List<Finding>();
        var spans = new List<TextSpan>();

        foreach (var block in blocks.AsSpan())
        {
            if (block.Kind == BlockKind.Structural)
            {
                var urls = scratch.LineUrls;
                urls.Clear();
                UrlScanner.Scan(draft, block.Span, urls);
                if (urls.Count > 0 && ForeignLinkRule.Apply(draft, block.Span, lines.LineOf(block.Span.Start), urls, index) is { } link)
                {
                    findings.Add(link);
                }

                continue;
            }

            spans.Clear();
            if (block.Kind == BlockKind.TableRow)
            {
                spans.Add(block.Span);
            }
            else
            {
                SentenceSplitter.Split(draft, block.Span, spans);
            }

            foreach (var span in spans)
            {
                // One copy of the statement's text, read by the heading test and kept by the statement.
                var text = draft[span.Start..span.End];
                if (IsHeadingLike(draft, text, span, block.Kind, lines, index, findings, scratch.LineUrls))
                {
                    continue;
                }

                var facts = Analyse(draft, text, span, block.Kind == BlockKind.TableRow, lines, evidence, classifier, citedSets, analyzer, pool, scratch);
                statements.Add(new Statement(facts.Text, span.Start, span.End, facts.Line, facts.Kind, citedSets.Ids(scratch.Cited))
                {
                    Support = facts.Support?.Spans ?? [],
                });
                foreach (var rule in Rules)
                {
                    if (rule.Apply(facts, draft, index) is { } finding)
                    {
                        findings.Add(finding);
                    }
                }

                if (facts.Urls.Count > 0 && ForeignLinkRule.Apply(draft, span, facts.Line, facts.Urls, index) is { } foreign)
                {
                    findings.Add(foreign);
                }

                if (SupportRule.Apply(facts, draft, index) is { } unsupported)
                {
                    findings.Add(unsupported);
                }
            }
        }

        return new CheckResult(findings.Count == 0 ? Verdict.Accepted : Verdict.Rejected, findings, statements.ToArray());
    }

    // A prose line that only names what follows ("**Impact**", "Next steps:") is a heading, not a statement;
    // its links are still checked.
    private static bool IsHeadingLike(
        string draft, string text, TextSpan span, BlockKind kind, LineIndex lines, EvidenceIndex index, List<Finding> findings, List<TextSpan> urls)
    {
        if (kind != BlockKind.Prose || !HeadingLike.Is(text))
        {
            return false;
        }

        urls.Clear();
        UrlScanner.Scan(draft, span, urls);
        if (urls.Count > 0 && ForeignLinkRule.Apply(draft, span, lines.LineOf(span.Start), urls, index) is { } link)
        {
            findings.Add(link);
        }

        return true;
    }

    // A cited claim is read for support; one with a guess is judged by its guess (unlabelled-unknown), not for
    // support as well, but its supporting sentences are still shown.
    private static StatementSupport? ReadSupport(StatementKind kind, string plain, List<Source> cited, string? cue, CitedSets citedSets, SupportAnalyzer analyzer)
    {
        if (kind != StatementKind.Claim || cited.Count == 0)
        {
            return null;
        }

        return analyzer.Read(plain, citedSets.Terms(cited), judge: cue is null);
    }

    private static StatementFacts Analyse(
        string draft, string text, TextSpan span, bool isTableRow, LineIndex lines, EvidenceSet evidence, StatementClassifier classifier,
        CitedSets citedSets, SupportAnalyzer analyzer, WordPool pool, StatementScratch scratch)
    {
        var markers = scratch.Markers;
        var ids = scratch.Ids;
        var urls = scratch.Urls;
        var excluded = scratch.Excluded;
        var cited = scratch.Cited;
        var unknown = scratch.Unknown;
        markers.Clear();
        ids.Clear();
        urls.Clear();
        excluded.Clear();
        cited.Clear();
        unknown.Clear();
        CitationMarkerScanner.Scan(draft, span, pool, markers, ids);
        UrlScanner.Scan(draft, span, urls);
        excluded.AddRange(markers);
        foreach (var id in ids)
        {
            if (evidence.TryGet(id, out var source))
            {
                if (!cited.Contains(source))
                {
                    cited.Add(source);
                }
            }
            else if (!unknown.Contains(id))
            {
                unknown.Add(id);
            }
        }

        if (urls.Count > 0)
        {
            excluded.AddRange(urls);
            excluded.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        var plain = PlainText.From(draft, span, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(excluded), text);
        var kind = classifier.Classify(plain, isTableRow);
        var cue = SpeculationCues.Find(plain);
        var isClaim = kind == StatementKind.Claim;
        var specifics = scratch.Specifics;
        specifics.Clear();
        if (isClaim && cited.Count > 0)
        {
            SpecificTokenizer.Tokens(draft, span, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(excluded), pool, specifics);
        }

        return scratch.Facts.Fill(
            span,
            text,
            lines.LineOf(span.Start),
            kind,
            plain,
            cited,
            unknown,
            urls,
            specifics,
            isClaim && cited.Count > 0 && TimelineSignals.IsTimelineEntry(plain),
            cue,
            ReadSupport(kind, plain, cited, cue, citedSets, analyzer));
    }

    // What a check works with besides the draft and the evidence; cleared at the end of each check.
    private sealed class CheckState
    {
        public WordPool Pool { get; } = new();

        public SupportAnalyzer Analyzer { get; } = new(SupportLexicon.Default);

        public StatementScratch Scratch { get; } = new();

        public void Clear()
        {
            Pool.Clear();
            Analyzer.Clear();
            Scratch.Clear();
        }
    }

    // The lists one statement's analysis fills, reused from statement to statement: the rules read them while the
    // statement is checked and keep nothing of them.
    private sealed class StatementScratch
    {
        public void Clear()
        {
            Markers.Clear();
            Ids.Clear();
            Urls.Clear();
            LineUrls.Clear();
            Excluded.Clear();
            Cited.Clear();
            Unknown.Clear();
            Specifics.Clear();
            Facts.Clear();
        }

        public List<TextSpan> Markers { get; } = [];

        public List<string> Ids { get; } = [];

        public List<TextSpan> Urls { get; } = [];

        /// <summary>The URLs of a structural block or a heading, which are checked for foreign links and not analysed.</summary>
        public List<TextSpan> LineUrls { get; } = [];

        public List<TextSpan> Excluded { get; } = [];

        public List<Source> Cited { get; } = [];

        public List<string> Unknown { get; } = [];

        public List<string> Specifics { get; } = [];

        public StatementFacts Facts { get; } = new();
    }
}
