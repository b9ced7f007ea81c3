using System.Text.Json.Nodes;
using ChatOps.Host.Tests.Slack;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Host.Tests.Journeys;

/// <summary>The same people in Slack, through the real host and a loopback Slack Web API.</summary>
public sealed class SlackJourneyTests
{
    [Fact]
    public async Task ApproverDecidesFromTheirDm_EveryCopyIsUpdated_AndTheThreadSaysWhereTheTextWent_AfterAPauseFromSlack()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        await using var host = await RunningHost.StartAsync(SlackRig.HostArgs(slack));
        var signed = new SignedSlack(host.Client, SlackRig.Secret);
        const string root = "1790000000.000001";

        await signed.MentionAsync("Ev-j1", SlackRig.Alice, "draft customer-update INC-2041 status for EU customers", root);
        var draft = (await slack.WaitForAsync("chat.postMessage", 1))[0];
        await signed.ClickAsync(SlackRig.Alice, "submit", SlackRig.Button(draft, "submit")["value"]!.GetValue<string>(), "1790000001.000100", "1790000002.1");

        // The approvers are mentioned in the thread and get the card in a direct message.
        var posts = await slack.WaitForAsync("chat.postMessage", 5);
        var relaxed = new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        Assert.Contains(posts, p => p["channel"]!.GetValue<string>() == SignedSlack.Channel && p.ToJsonString(relaxed).Contains($"<@{SlackRig.Bob}>", StringComparison.Ordinal));
        var bobsDm = posts.Single(p => p["channel"]!.GetValue<string>() == "D" + SlackRig.Bob);
        var approve = SlackRig.Button(bobsDm, "approve")["value"]!.GetValue<string>();

        // The platform engineer pauses from Slack: the waiting cards say so; then resumes.
        await signed.MentionAsync("Ev-j2", SlackRig.Dave, "pause customer-update checking the ticket numbers", "1790000003.000100", root);
        var paused = await slack.WaitForAsync("chat.update", 3);
        Assert.All(paused, u => Assert.Contains("checking the ticket numbers", u.ToJsonString(), StringComparison.Ordinal));
        await signed.MentionAsync("Ev-j3", SlackRig.Dave, "resume customer-update", "1790000004.000100", root);
        await slack.WaitForAsync("chat.update", 6);

        // Bob approves from his DM; the thread's card and Carol's DM copy show the decision too.
        var bobsTs = (await DmTsAsync(slack, "D" + SlackRig.Bob));
        await signed.ClickAsync(SlackRig.Bob, "approve", approve, bobsTs, "1790000005.1", channel: "D" + SlackRig.Bob);
        var updates = await WaitForUpdatesAsync(slack, "Approved", 3);
        Assert.Contains(updates, u => u["channel"]!.GetValue<string>() == SignedSlack.Channel);
        Assert.Contains(updates, u => u["channel"]!.GetValue<string>() == "D" + SlackRig.Carol);

        // The thread is told where the approved text went.
        var written = await WaitForPostAsync(slack, "is in the journal");
        Assert.Equal(root, written["thread_ts"]!.GetValue<string>());
        Assert.Equal(SignedSlack.Channel, written["channel"]!.GetValue<string>());
    }

    [Fact]
    public async Task SupportLead_RejectsWithAReasonFromTheirDm_TheDrafterRevises_AndAnotherApprovesTheNewVersion()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        await using var host = await RunningHost.StartAsync(SlackRig.HostArgs(slack));
        var signed = new SignedSlack(host.Client, SlackRig.Secret);
        const string root = "1790000000.000001";

        await signed.MentionAsync("Ev-r1", SlackRig.Alice, "draft customer-update INC-2041 status for EU customers", root);
        var draft = (await slack.WaitForAsync("chat.postMessage", 1))[0];
        var submit = SlackRig.Button(draft, "submit")["value"]!.GetValue<string>();
        var draftId = JsonNode.Parse(submit)!["data"]!["draft"]!.GetValue<string>();
        await signed.ClickAsync(SlackRig.Alice, "submit", submit, "1790000001.000100", "1790000002.1");

        // Carol rejects from her DM: the button opens a modal for the reason, and the reason is recorded and shown.
        var carolsDm = "D" + SlackRig.Carol;
        var carolsCard = (await WaitForPostsAsync(slack, p => p["channel"]!.GetValue<string>() == carolsDm, 1))[0];
        await WaitForPostsAsync(slack, p => p["channel"]!.GetValue<string>() == "D" + SlackRig.Bob, 1);
        await signed.ClickAsync(SlackRig.Carol, "reject", SlackRig.Button(carolsCard, "reject")["value"]!.GetValue<string>(), await DmTsAsync(slack, carolsDm), "1790000003.1", carolsCard["blocks"]!.AsArray(), channel: carolsDm);
        var modal = (await slack.WaitForAsync("views.open", 1))[0]["view"]!;
        await signed.SubmitViewAsync(SlackRig.Carol, "V0REJECT1", modal, "The 12% figure covers the wrong window");
        var rejected = await WaitForUpdatesAsync(slack, "The 12% figure covers the wrong window", 3);
        Assert.Contains(rejected, u => u["channel"]!.GetValue<string>() == SignedSlack.Channel);
        Assert.Contains(rejected, u => u["channel"]!.GetValue<string>() == "D" + SlackRig.Bob);
        Assert.All(rejected, u => Assert.DoesNotContain("\"approve\"", u["blocks"]!.ToJsonString(), StringComparison.Ordinal));

        // Alice revises in the thread, citing by source id, and submits the new version.
        await signed.MentionAsync("Ev-r2", SlackRig.Alice, $"edit {draftId} Checkout API returned errors for 1,200 customers in the EU [INC-2041].", "1790000004.000100", root);
        var revised = await WaitForPostAsync(slack, "eligible for approval", after: draft);
        await signed.ClickAsync(SlackRig.Alice, "submit", SlackRig.Button(revised, "submit")["value"]!.GetValue<string>(), "1790000005.000100", "1790000006.1");

        // Bob gets the new version in his DM and approves it; every copy of the new card says so.
        var bobsDm = "D" + SlackRig.Bob;
        var bobsCards = await WaitForPostsAsync(slack, p => p["channel"]!.GetValue<string>() == bobsDm, 2);
        var bobsNew = bobsCards[^1];
        Assert.Contains("1,200 customers in the EU", bobsNew.ToJsonString(), StringComparison.Ordinal);
        await signed.ClickAsync(SlackRig.Bob, "approve", SlackRig.Button(bobsNew, "approve")["value"]!.GetValue<string>(), await DmTsAsync(slack, bobsDm, last: true), "1790000007.1", channel: bobsDm);
        await WaitForUpdatesAsync(slack, "Approved", 2);
        await WaitForPostAsync(slack, "is in the journal");
    }

    [Fact]
    public async Task ARoleGivenToASlackUserGroup_IsGrantedToItsMembers_AndLosingMembershipIsSeenAfterTheRefresh()
    {
        const string erin = "U0ERIN005";
        await using var slack = await FakeSlackServer.StartAsync();
        slack.UserGroups["S0SUPPORTLEADS"] = [erin];
        slack.DisplayNames[erin] = "Erin Evans";
        var clock = new TestClock();
        await using var host = await RunningHost.StartAsync(builder => builder.Services.AddSingleton<TimeProvider>(clock), SlackRig.HostArgs(slack));
        var signed = new SignedSlack(host.Client, SlackRig.Secret, clock);

        // Erin is in no policy role by name; the shipped policy gives support-lead to the Slack group she is in.
        var first = await DraftAndSubmitAsync(slack, signed, "Ev-g1", "1790000000.000001");
        await signed.ClickAsync(erin, "approve", first, "1790000009.000100", "1790000003.1");
        await WaitForUpdatesAsync(slack, "Approved", 1);

        // The policy does not list her: the decided card names her as Slack does (users.info), not by her member id.
        await WaitForUpdatesAsync(slack, "Erin Evans", 1);
        Assert.DoesNotContain(slack.Bodies("chat.update"), u => u.ToJsonString().Contains("slack:" + erin, StringComparison.Ordinal));

        // She leaves the group: once the cached member list is older than the refresh, it is read again and she is refused.
        slack.UserGroups["S0SUPPORTLEADS"] = [];
        var second = await DraftAndSubmitAsync(slack, signed, "Ev-g2", "1790000000.000001");
        clock.Advance(TimeSpan.FromMinutes(6));
        await signed.ClickAsync(erin, "approve", second, "1790000109.000100", "1790000103.1");
        var refusal = (await slack.WaitForAsync("chat.postEphemeral", 1))[0];
        Assert.Equal(erin, refusal["user"]!.GetValue<string>());
        Assert.Contains("Only comms-lead or support-lead", refusal.ToJsonString(), StringComparison.Ordinal);
        Assert.True(slack.Calls.Count(c => c.Method == "usergroups.users.list") >= 2);
    }

    // Alice drafts in the thread and submits; returns the approve button's value of the new approval card in the thread.
    private static async Task<string> DraftAndSubmitAsync(FakeSlackServer slack, SignedSlack signed, string eventId, string root)
    {
        static bool IsRequest(JsonObject p) => p["channel"]!.GetValue<string>() == SignedSlack.Channel && p["blocks"]!.ToJsonString().Contains("\"approve\"", StringComparison.Ordinal);
        // The new draft is the next post with a Submit button: the thread may hear of the last write-back meanwhile.
        static bool IsDraft(JsonObject p) => p["blocks"]?.ToJsonString().Contains("\"submit\"", StringComparison.Ordinal) == true;
        var before = slack.Bodies("chat.postMessage");
        await signed.MentionAsync(eventId, SlackRig.Alice, "draft customer-update INC-2041 status for EU customers", root);
        var draft = (await WaitForPostsAsync(slack, IsDraft, before.Count(IsDraft) + 1))[^1];
        await signed.ClickAsync(SlackRig.Alice, "submit", SlackRig.Button(draft, "submit")["value"]!.GetValue<string>(), root, eventId + ".1");
        var requests = await WaitForPostsAsync(slack, IsRequest, before.Count(IsRequest) + 1);
        return SlackRig.Button(requests[^1], "approve")["value"]!.GetValue<string>();
    }

    private static async Task<IReadOnlyList<JsonObject>> WaitForPostsAsync(FakeSlackServer slack, Func<JsonObject, bool> match, int count)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var found = slack.Bodies("chat.postMessage").Where(match).ToList();
            if (found.Count >= count)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Fewer than {count} matching chat.postMessage calls.");
    }

    private static async Task<string> DmTsAsync(FakeSlackServer slack, string channel, bool last = false)
    {
        // The fake numbers its answers in order; the DM post's ts is the answer to that postMessage.
        var calls = slack.Calls.Where(c => c.Method == "chat.postMessage").ToList();
        var index = last ? calls.FindLastIndex(c => c.Body["channel"]!.GetValue<string>() == channel) : calls.FindIndex(c => c.Body["channel"]!.GetValue<string>() == channel);
        Assert.True(index >= 0);
        return await Task.FromResult(slack.PostedTs[index]);
    }

    private static async Task<IReadOnlyList<JsonObject>> WaitForUpdatesAsync(FakeSlackServer slack, string words, int count)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var found = slack.Bodies("chat.update").Where(u => u.ToJsonString().Contains(words, StringComparison.Ordinal)).ToList();
            if (found.Count >= count)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Fewer than {count} chat.update calls said \"{words}\".");
    }

    private static async Task<JsonObject> WaitForPostAsync(FakeSlackServer slack, string words, JsonObject? after = null)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var posts = slack.Bodies("chat.postMessage").ToList();
            var from = after is null ? 0 : posts.FindIndex(p => ReferenceEquals(p, after) || p.ToJsonString() == after.ToJsonString()) + 1;
            if (posts.Skip(from).FirstOrDefault(p => p.ToJsonString().Contains(words, StringComparison.Ordinal)) is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No chat.postMessage said \"{words}\".");
    }
}
