using ChatOps.Core.Policy;

namespace ChatOps.Policy.Yaml.Tests;

public sealed class ChatOpsPolicyTests
{
    private readonly ChatOpsPolicy policy = PolicyYamlLoader.LoadDefault();

    [Fact]
    public void Resolve_SlackUserId_GivesThePersonAndTheirRoles()
    {
        var person = policy.Resolve(new ChannelIdentity(ChannelIdentity.Slack, "U0CAROL03"));

        Assert.Equal("carol", person.Id);
        Assert.Equal(["comms-lead", "security-officer", "support-lead"], person.Roles);
    }

    [Fact]
    public void Resolve_UnknownUserInAGroup_HoldsTheGroupsRoleOnly()
    {
        var person = policy.Resolve(new ChannelIdentity(ChannelIdentity.Teams, "0f0f0f0f-0000-0000-0000-000000000000"), ["8d3e0f2a-7c4b-4f1e-9a6d-5b2c1e0f9a10"]);

        Assert.Equal("teams:0f0f0f0f-0000-0000-0000-000000000000", person.Id);
        Assert.Equal(["access-admin"], person.Roles);
    }

    [Fact]
    public void Resolve_GroupIdFromAnotherChannel_GrantsNothing()
    {
        var person = policy.Resolve(new ChannelIdentity(ChannelIdentity.Slack, "U0NOBODY9"), ["8d3e0f2a-7c4b-4f1e-9a6d-5b2c1e0f9a10"]);

        Assert.Empty(person.Roles);
    }
}
