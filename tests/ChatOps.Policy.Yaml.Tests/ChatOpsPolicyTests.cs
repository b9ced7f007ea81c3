using ChatOps.Core.Policy;

namespace ChatOps.Policy.Yaml.Tests;

public sealed class ChatOpsPolicyTests
{
    private readonly ChatOpsPolicy policy = PolicyYamlLoader.LoadDefault();

    // The shipped policy names no Entra group (the host cannot resolve one); the library still reads them.
    private readonly ChatOpsPolicy withEntraGroup = PolicyYamlLoader.Parse(
        PolicyYamlLoader.DefaultText().Replace("  access-admin:\n    people: [alice, dave]\n", "  access-admin:\n    people: [alice, dave]\n    groups: [teams:8d3e0f2a-7c4b-4f1e-9a6d-5b2c1e0f9a10]\n", StringComparison.Ordinal),
        "policy-with-entra-group.yaml");

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
        var person = withEntraGroup.Resolve(new ChannelIdentity(ChannelIdentity.Teams, "0f0f0f0f-0000-0000-0000-000000000000"), ["8d3e0f2a-7c4b-4f1e-9a6d-5b2c1e0f9a10"]);

        Assert.Equal("teams:0f0f0f0f-0000-0000-0000-000000000000", person.Id);
        Assert.Equal(["access-admin"], person.Roles);
    }

    [Fact]
    public void Resolve_GroupIdFromAnotherChannel_GrantsNothing()
    {
        var person = withEntraGroup.Resolve(new ChannelIdentity(ChannelIdentity.Slack, "U0NOBODY9"), ["8d3e0f2a-7c4b-4f1e-9a6d-5b2c1e0f9a10"]);

        Assert.Empty(person.Roles);
    }

    [Fact]
    public void Resolve_TeamsIdentityWithTheEmailOfSomeoneWithoutATeamsId_IsThatPerson()
    {
        // Dave has no teams id in the shipped policy; the member list reports his address in another case.
        var person = policy.Resolve(new ChannelIdentity(ChannelIdentity.Teams, "0d0d0d0d-0000-4000-8000-00000000da4e") { Email = "Dave@Acme.example" });

        Assert.Equal("dave", person.Id);
        Assert.Contains("platform-engineer", person.Roles);
    }

    [Fact]
    public void Resolve_EmailOfSomeoneWhoseTeamsIdIsGiven_DoesNotStandInForTheId()
    {
        // Carol's policy entry names her Entra object id: another object id with her address is not her.
        var person = policy.Resolve(new ChannelIdentity(ChannelIdentity.Teams, "7a7a7a7a-0000-4000-8000-0000000ca201") { Email = "carol@acme.example" });

        Assert.Equal("teams:7a7a7a7a-0000-4000-8000-0000000ca201", person.Id);
        Assert.Empty(person.Roles);
    }
}
