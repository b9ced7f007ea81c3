using ChatOps.Teams.Inbound;

namespace ChatOps.Teams.Tests.Inbound;

public sealed class InboundPlaceTests
{
    [Theory]
    [InlineData("19:abc@thread.tacv2;messageid=1700000000000", "19:abc@thread.tacv2")]
    [InlineData("19:abc@thread.tacv2;MessageId=17", "19:abc@thread.tacv2")]
    [InlineData("a:1personal-chat", "a:1personal-chat")]
    public void RootConversationId_DropsTheThread_AndLeavesChatsAlone(string conversationId, string root)
    {
        var place = new InboundPlace("https://smba.trafficmanager.net/amer/", conversationId, "channel", null, null);

        Assert.Equal(root, place.RootConversationId);
    }
}
