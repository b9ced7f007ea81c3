using ChatOps.Core.Checking;
using ChatOps.Core.Evidence;

namespace ChatOps.Core.Tests.Checking.Support;

public sealed class SupportRuleTests
{
    private static readonly EvidenceSet Incident = new(
    [
        new Source("INC-2041", SourceKind.Ticket, "INC-2041", "https://tickets.example/INC-2041",
            "Checkout API returning errors for 1,200 customers in the EU. Opened 14:02 UTC. Cause: connection pool exhausted after deploy v2.3.1. Fix: pool size raised, rollout in progress."),
        new Source("LOG-1", SourceKind.LogQuery, "checkout errors", null,
            "checkout-api 5xx: 0.2% at 13:55 UTC; 12% at 14:05 UTC; 4% at 14:30 UTC (recovering)"),
        new Source("DOC-1", SourceKind.Doc, "refund policy", null,
            "Customers can request a refund for a failed payment. Refunds are reviewed within 2 working days."),
        new Source("CHAT-1", SourceKind.ChatMessage, "ops chat", null,
            "Dana: the CDN vendor Fastlane says no cache nodes are affected."),
    ]);

    // Sources for the requester, continuity, inference and qualified-scope checks.
    private static readonly EvidenceSet Requests = new(
    [
        new Source("SEC-1", SourceKind.Ticket, "SEC-1", null, "SEC-1 Request: allow USB storage on 3 lab PCs to move image files."),
        new Source("SEC-2", SourceKind.Ticket, "SEC-2", null, "SEC-2 From: the imaging lab. Request: allow USB storage on 3 lab PCs."),
        new Source("PRICE-1", SourceKind.Doc, "price list", null,
            "Prices from 2027-01-01: basic plan $12 (was $10); storage add-on $3 (unchanged). Annual prepay discount: 10%. Existing customers pay the old price until renewal."),
        new Source("CRASH-1", SourceKind.Ticket, "CRASH-1", null, "The app crashes on launch for users with more than 50 saved vehicles."),
        new Source("WIFI-1", SourceKind.Doc, "router guide", null, "If the 5 GHz channel is congested, switch the router to automatic channel selection."),
        new Source("MILES-1", SourceKind.Doc, "miles policy", null, "Miles for partner flights can take up to 6 weeks to credit."),
        new Source("FEE-1", SourceKind.Ticket, "FEE-1", null, "Business accounts with contracts signed before 2026-12-01 are exempt until renewal."),
        new Source("PLAN-1", SourceKind.Doc, "plans", null, "Pro plan: $14 per seat per month (was $12). Free and Business plans unchanged. Reason: hosting costs up 20%."),
        new Source("FINE-1", SourceKind.ChatMessage, "customs chat", null, "Amir: all 58 declarations filed now; port authority fine of £2,900 expected. Late fees will be reimbursed on request."),
    ]);

    private static CheckResult Check(string draft) => new CiteFirstChecker().Check(Incident, draft);

    private static Finding? UnsupportedRequest(string draft) =>
        new CiteFirstChecker().Check(Requests, draft).Findings.SingleOrDefault(f => f.Rule == RuleIds.UnsupportedClaim);

    [Fact]
    public void OneEvidenceSet_CheckedOnManyThreads_GivesEveryCheckTheSameResult()
    {
        // The checker keeps its source indexes with the evidence set; concurrent first uses must not disturb them.
        const string draft = "Checkout failed for 1,200 customers in the EU [INC-2041]. No customer data was exposed [INC-2041]. Errors rose to 12% [LOG-1].";
        var evidence = new EvidenceSet(Incident.Sources);
        var results = new string[16];
        Parallel.For(0, results.Length, i =>
        {
            var result = new CiteFirstChecker().Check(evidence, draft);
            results[i] = string.Join("\n", result.Findings.Select(f => $"{f.Rule} {f.Start} {f.Message}"))
                + string.Join("\n", result.Statements.SelectMany(st => st.Support).Select(sp => $"{sp.SourceId} {sp.Start}"));
        });

        var alone = new CiteFirstChecker().Check(new EvidenceSet(Incident.Sources), draft);
        var expected = string.Join("\n", alone.Findings.Select(f => $"{f.Rule} {f.Start} {f.Message}"))
            + string.Join("\n", alone.Statements.SelectMany(st => st.Support).Select(sp => $"{sp.SourceId} {sp.Start}"));
        Assert.Contains(RuleIds.UnsupportedClaim, expected, StringComparison.Ordinal);
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Theory]
    [InlineData("Finance asks to allow USB storage on 3 lab PCs [SEC-1].", "'Finance'")]
    [InlineData("The build team asked to allow USB storage on 3 lab PCs [SEC-1].", "'The build team'")]
    [InlineData("The annual prepay discount will still be 10% [PRICE-1].", "continuity")]
    [InlineData("The basic plan stays at $12 [PRICE-1].", "continuity")]
    [InlineData("The app crashes on launch for every user [CRASH-1].", "'every'")]
    [InlineData("The 5 GHz channel is congested, so evening streaming overloads the neighbourhood network [WIFI-1].", "cause")]
    [InlineData("The app now launches more slowly [CRASH-1].", "direction")]
    [InlineData("The app crashes heavily on launch for users with more than 50 saved vehicles [CRASH-1].", "extent 'heavily'")]
    [InlineData("The basic plan will fall from $12 to $10 [PRICE-1].", "direction 'fall'")]
    [InlineData("The crash on launch was started by the nightly image job [CRASH-1].", "cause")]
    [InlineData("The router has passed its channel test [WIFI-1].", "'passed'")]
    [InlineData("We sent a replacement router yesterday [WIFI-1].", "'sent'")]
    [InlineData("Miles for partner flights always take 6 weeks to credit [MILES-1].", "'always'")]
    [InlineData("The port authority fine is £2,900 [FINE-1].", "'port authority fine' as settled")]
    [InlineData("Business accounts are exempt until renewal [FEE-1].", "'Business accounts' as the whole group")]
    [InlineData("The Free and Business plans will also go up [PLAN-1].", "direction 'up'")]
    [InlineData("Your router swap is now being processed [WIFI-1].", "'processed'")]
    public void InventedRequesters_Continuity_Scope_AndInferences_AreUnsupported(string draft, string named)
    {
        var finding = UnsupportedRequest(draft);
        Assert.NotNull(finding);
        Assert.Contains(named, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The imaging lab asks to allow USB storage on 3 lab PCs [SEC-2].")]
    [InlineData("USB storage on 3 lab PCs was requested to move image files [SEC-1].")]
    [InlineData("The basic plan will rise from $10 to $12 [PRICE-1].")]
    [InlineData("The storage add-on stays at $3 [PRICE-1].")]
    [InlineData("Existing customers will keep paying the old price until renewal [PRICE-1].")]
    [InlineData("The app crashes on launch for users with more than 50 saved vehicles [CRASH-1].")]
    [InlineData("The 5 GHz channel is congested, so switch the router to automatic channel selection [WIFI-1].")]
    [InlineData("We decided to switch the router to automatic channel selection [WIFI-1].")]
    [InlineData("Miles for partner flights can take up to 6 weeks to credit [MILES-1].")]
    [InlineData("A port authority fine of £2,900 is expected [FINE-1].")]
    [InlineData("All 58 declarations are filed now [FINE-1].")]
    [InlineData("Business accounts with contracts signed before 2026-12-01 are exempt until renewal [FEE-1].")]
    [InlineData("The Pro plan will go up to $14 per seat per month [PLAN-1].")]
    [InlineData("Hosting costs have gone up by 20% [PLAN-1].")]
    [InlineData("Late fees are reimbursed if you ask [FINE-1].")]
    [InlineData("If the channel is congested, the router selection is switched to automatic [WIFI-1].")]
    public void NamedRequesters_StatedContinuity_AndRestatedInferences_AreSupported(string draft) =>
        Assert.Null(UnsupportedRequest(draft));

    // Sources whose fields, figures and scope a claim can turn around.
    private static readonly EvidenceSet Fields = new(
    [
        new Source("LOG-2", SourceKind.LogQuery, "export", null, "lessons changed by run 2: 41 (Year 9: 23, Year 10: 18)"),
        new Source("LOG-3", SourceKind.LogQuery, "mailbox", null, "mailbox hr-benefits: FullAccess granted to a.okoye 2026-11-20 16:40 UTC; SendAs: none"),
        new Source("INC-3", SourceKind.Ticket, "INC-3", null, "Thermostats stuck on boot after firmware 2.9.0. Affected: 2,140 devices, all with the older 4 MB flash chip."),
        new Source("LOG-4", SourceKind.LogQuery, "push", null, "fcm send 429 responses: 11:18 UTC first; 12:09 UTC last; 96,400 total"),
        new Source("DOC-2", SourceKind.Doc, "claims", null, "Claims are assessed within 10 working days. Average assessment time last quarter: 6 working days."),
        new Source("ACC-1", SourceKind.LogQuery, "roles", null, "role payroll-approver granted to n.haddad at 09:30 UTC"),
    ]);

    private static Finding? UnsupportedField(string draft) =>
        new CiteFirstChecker().Check(Fields, draft).Findings.SingleOrDefault(f => f.Rule == RuleIds.UnsupportedClaim);

    [Theory]
    [InlineData("Year 10 had more lessons affected than Year 9 [LOG-2].", "'Year 10: 18' and 'Year 9: 23'")]
    [InlineData("Year 9 had fewer lessons changed than Year 10 [LOG-2].", "'Year 9: 23' and 'Year 10: 18'")]
    [InlineData("She can also send email as hr-benefits [LOG-3].", "'SendAs: none'")]
    [InlineData("The update failed on every thermostat with the older 4 MB flash chip [INC-3].", "turns it round with 'every'")]
    [InlineData("Firebase returned 96,400 errors between 11:18 UTC and 12:09 UTC [LOG-4].", "'Firebase'")]
    [InlineData("- Sendlytics flagged the 429 responses [LOG-4].", "'Sendlytics'")]
    [InlineData("Assessment times have been getting shorter [DOC-2].", "direction 'shorter'")]
    public void TurnedFields_Figures_Universals_AndSentenceInitialNames_AreUnsupported(string draft, string named)
    {
        var finding = UnsupportedField(draft);
        Assert.NotNull(finding);
        Assert.Contains(named, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Year 9 had more lessons affected than Year 10 [LOG-2].")]
    [InlineData("Year 10 had fewer lessons changed than Year 9 [LOG-2].")]
    [InlineData("FullAccess to hr-benefits was granted to a.okoye at 16:40 UTC [LOG-3].")]
    [InlineData("All of the affected devices had the older 4 MB flash chip [INC-3].")]
    [InlineData("Reupload attempts got 96,400 fcm 429 responses [LOG-4].")]
    [InlineData("In-store pushes got 96,400 fcm 429 responses [LOG-4].")]
    [InlineData("Nadia Haddad was granted the payroll-approver role at 09:30 UTC [ACC-1].")]
    [InlineData("Claims are assessed within 10 working days [DOC-2].")]
    public void FaithfulReadings_OfFieldsFiguresAndNames_AreSupported(string draft) => Assert.Null(UnsupportedField(draft));

    private static Finding? Unsupported(string draft) => Check(draft).Findings.SingleOrDefault(f => f.Rule == RuleIds.UnsupportedClaim);

    [Fact]
    public void TheIssuesExample_IsRejected_ClaimByClaim()
    {
        var result = Check("""
            The root cause was a DNS misconfiguration at our CDN provider [INC-2041].
            No customer data was exposed [INC-2041].
            All payments were refunded automatically [INC-2041].
            """);

        Assert.Equal(Verdict.Rejected, result.Verdict);
        var findings = result.Findings.Where(f => f.Rule == RuleIds.UnsupportedClaim).ToList();
        Assert.Equal(3, findings.Count);
        Assert.Contains("'DNS'", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("'CDN'", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("negation", findings[1].Message, StringComparison.Ordinal);
        Assert.Contains("'All'", findings[2].Message, StringComparison.Ordinal);
        Assert.Contains("'refunded'", findings[2].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The checkout API returned errors for EU customers [INC-2041].")]
    [InlineData("Checkout failed for 1,200 customers in the EU after deploy v2.3.1 [INC-2041].")]
    [InlineData("The connection pool was exhausted after the v2.3.1 deploy [INC-2041].")]
    [InlineData("Errors rose from 0.2% to 12% and are now recovering [LOG-1].")]
    [InlineData("The pool was exhausted, and the fix is rolling out [INC-2041].")]
    [InlineData("Customers can ask for a refund when a payment fails [DOC-1].")]
    [InlineData("Dana reported that the CDN vendor Fastlane sees no affected cache nodes [CHAT-1].")]
    [InlineData("Checkout returned errors [INC-2041][LOG-1].")]
    public void Paraphrases_Inflections_AndMerges_AreSupported(string draft) => Assert.Null(Unsupported(draft));

    [Theory]
    [InlineData("Errors affected all customers [INC-2041].", "'all'")]
    [InlineData("Checkout is fully restored [LOG-1].", "'fully'")]
    [InlineData("Only EU customers saw errors [LOG-1].", "'Only'")]
    [InlineData("No customer data was exposed [INC-2041].", "negation")]
    [InlineData("Errors fell after the deploy [INC-2041].", "direction")]
    [InlineData("The fix has already been deployed everywhere [INC-2041].", "'already'")]
    [InlineData("The rollout has completed [INC-2041].", "'completed'")]
    [InlineData("We refunded the failed payments [DOC-1].", "'refunded'")]
    [InlineData("The errors were caused by a faulty load balancer firmware [INC-2041].", "cause")]
    [InlineData("The incident was escalated by the platform reliability team [INC-2041].", "'platform reliability team'")]
    [InlineData("Our vendor Cloudmarch confirmed the errors [INC-2041].", "'Cloudmarch'")]
    [InlineData("Warehouse robots misrouted parcels overnight [LOG-1].", "does not say this")]
    public void Inventions_AreUnsupported_AndTheMessageNamesThem(string draft, string named)
    {
        var finding = Unsupported(draft);
        Assert.NotNull(finding);
        Assert.Contains(named, finding.Message, StringComparison.Ordinal);
        Assert.Contains("closest cited sentence", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void AStatusTheSourceGivesAsPending_IsNotSupportedAsDone()
    {
        var evidence = new EvidenceSet([new Source("S1", SourceKind.ChatMessage, "firmware chat", null,
            "Nadia: recovery image 2.9.1 in QA; shipping plan not agreed yet.")]);

        var done = new CiteFirstChecker().Check(evidence, "Recovery image 2.9.1 has been shipped [S1].");
        var planned = new CiteFirstChecker().Check(evidence, "Recovery image 2.9.1 is in QA and will be shipped [S1].");

        var finding = Assert.Single(done.Findings);
        Assert.Equal(RuleIds.UnsupportedClaim, finding.Rule);
        Assert.Contains("'shipped' as done", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(planned.Findings, f => f.Rule == RuleIds.UnsupportedClaim);
    }

    [Fact]
    public void SupportFromAnotherSource_DoesNotCount_ButTheSuggestionNamesIt()
    {
        var finding = Unsupported("The CDN vendor Fastlane saw no affected cache nodes [INC-2041].");

        Assert.NotNull(finding);
        Assert.Contains("cite CHAT-1", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggestion_QuotesTheClosestSourceSentence()
    {
        var finding = Unsupported("The connection pool was exhausted because of a DNS fault [INC-2041].");

        Assert.NotNull(finding);
        Assert.Contains("INC-2041: \"Cause: connection pool exhausted after deploy v2.3.1.\"", finding.Suggestion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The root cause was probably a DNS fault [INC-2041].", RuleIds.UnlabelledUnknown)]
    [InlineData("We will ask the CDN vendor about all DNS records.", null)]
    [InlineData("Please retry all failed payments.", null)]
    [InlineData("Root cause at the DNS layer: UNKNOWN.", null)]
    public void NonClaims_AndGuesses_AreNotJudgedForSupport(string draft, string? only)
    {
        var rules = Check(draft).Findings.Select(f => f.Rule).ToList();
        Assert.DoesNotContain(RuleIds.UnsupportedClaim, rules);
        if (only is not null)
        {
            Assert.Contains(only, rules);
        }
    }

    [Fact]
    public void AnUngroundedNumber_AloneGetsUngroundedSpecific()
    {
        var rules = Check("Checkout returned errors for 1,300 customers in the EU [INC-2041].").Findings.Select(f => f.Rule).ToList();

        Assert.Equal([RuleIds.UngroundedSpecific], rules);
    }

    [Fact]
    public void CitedClaims_ReportTheirSupportingSentences_WithSpansInTheSource()
    {
        var result = Check("Checkout returned errors for EU customers, and the pool was exhausted after deploy v2.3.1 [INC-2041][LOG-1].");

        var statement = Assert.Single(result.Statements);
        Assert.NotEmpty(statement.Support);
        foreach (var span in statement.Support)
        {
            Incident.TryGet(span.SourceId, out var source);
            Assert.Equal(span.Text, source!.Text[span.Start..span.End]);
        }

        Assert.Equal(
            ["Checkout API returning errors for 1,200 customers in the EU.", "Cause: connection pool exhausted after deploy v2.3.1."],
            statement.Support.Where(s => s.SourceId == "INC-2041").Select(s => s.Text));
        Assert.Contains(statement.Support, s => s.SourceId == "LOG-1");
    }

    [Fact]
    public void Statements_WithoutCitations_ReportNoSupport() =>
        Assert.All(Check("We are sorry. Checkout failed. We will post an update.").Statements, s => Assert.Empty(s.Support));
}
