using System.Text.Json.Nodes;
using ChatOps.Host.Tests.Slack;

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

    private static async Task<string> DmTsAsync(FakeSlackServer slack, string channel)
    {
        // The fake numbers its answers in order; the DM post's ts is the answer to that postMessage.
        var calls = slack.Calls.Where(c => c.Method == "chat.postMessage").ToList();
        var index = calls.FindIndex(c => c.Body["channel"]!.GetValue<string>() == channel);
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

    private static async Task<JsonObject> WaitForPostAsync(FakeSlackServer slack, string words)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (slack.Bodies("chat.postMessage").FirstOrDefault(p => p.ToJsonString().Contains(words, StringComparison.Ordinal)) is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No chat.postMessage said \"{words}\".");
    }
}
