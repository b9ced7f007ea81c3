using ChatOps.Core.Conversations;

namespace ChatOps.Ledger.Tests.Contracts;

/// <summary>What every contact book must do: keep one address per person and channel, the newest one.</summary>
public abstract class ContactBookContractTests(IStoreFactory stores) : StoreTestBase(stores)
{
    [Fact]
    public async Task FindContactAsync_Unknown_IsNull()
    {
        Assert.Null(await Store.FindContactAsync("teams", "nobody"));
    }

    [Fact]
    public async Task SaveContactAsync_Again_ReplacesTheAddress_AndKeepsOtherChannelsApart()
    {
        var first = new ChannelContact("teams", "aad-1", """{"serviceUrl":"https://smba.example/amer/"}""", Time.GetUtcNow());
        var moved = first with { Address = """{"serviceUrl":"https://smba.example/emea/"}""", SeenAt = Time.GetUtcNow().AddHours(1) };
        await Store.SaveContactAsync(first);
        await Store.SaveContactAsync(moved);
        await Store.SaveContactAsync(new ChannelContact("slack", "aad-1", "{}", Time.GetUtcNow()));

        Assert.Equal(moved, await Store.FindContactAsync("teams", "aad-1"));
        Assert.Equal("{}", (await Store.FindContactAsync("slack", "aad-1"))!.Address);
    }
}
