using System.Net;
using ChatOps.Host.Tests.Teams;

namespace ChatOps.Host.Tests.Models;

/// <summary>The governed model gateway from Teams: a workflow's daily budget of drafts, used up, refuses before anything is sent.</summary>
public sealed class TeamsModelJourneyTests
{
    private static readonly TeamsRig.Person Alice = new("29:1alice", "2f1c6a7e-1b55-4a8e-9e55-0a1b2c3d4e01", "Alice");

    [Fact]
    public async Task DailyBudgetOfOneDraft_SecondDraftRefusedInTheThread_NoSecondModelCall()
    {
        await using var model = LoopbackModelServer.Start(ScriptedReply.Draft(ModelArgs.GoodDraft));
        await using var rig = await TeamsRig.StartAsync([.. ModelArgs.Shortcut(model, ModelArgs.KeyFile()), "--Drafting:Workflows:incident-internal:DraftsPerDay", "1"]);

        Assert.Equal(HttpStatusCode.OK, (await rig.PostAsync(rig.Message("m-1", Alice, "draft incident-internal INC-2041 first update"))).StatusCode);
        var first = (await rig.CallsAsync(c => c.RawTarget.EndsWith("/activities/m-1", StringComparison.Ordinal), 1)).Single();
        Assert.Equal(HttpStatusCode.OK, (await rig.PostAsync(rig.Message("m-2", Alice, "draft incident-internal INC-2041 second update"))).StatusCode);
        var second = (await rig.CallsAsync(c => c.RawTarget.EndsWith("/activities/m-2", StringComparison.Ordinal), 1)).Single();

        Assert.Contains("\"submit\"", first.Body, StringComparison.Ordinal);
        Assert.Contains("The daily drafting budget of incident-internal is used up (1 of 1 drafts on", second.Body, StringComparison.Ordinal);
        Assert.Contains("nothing was sent to a model", second.Body, StringComparison.Ordinal);
        Assert.Equal(1, model.RequestCount);
    }
}
