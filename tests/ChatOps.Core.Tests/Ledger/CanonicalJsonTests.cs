using System.Text.Json.Nodes;
using ChatOps.Core.Ledger;

namespace ChatOps.Core.Tests.Ledger;

public sealed class CanonicalJsonTests
{
    [Fact]
    public void Serialize_KeysInAnyOrder_GiveTheSameBytes()
    {
        var a = new JsonObject { ["b"] = 1, ["a"] = new JsonObject { ["z"] = "x", ["y"] = null }, ["c"] = new JsonArray(2, 1) };
        var b = new JsonObject { ["c"] = new JsonArray(2, 1), ["a"] = new JsonObject { ["y"] = null, ["z"] = "x" }, ["b"] = 1 };

        Assert.Equal("""{"a":{"y":null,"z":"x"},"b":1,"c":[2,1]}""", CanonicalJson.Serialize(a));
        Assert.Equal(CanonicalJson.Serialize(a), CanonicalJson.Serialize(b));
    }

    [Fact]
    public void Serialize_NonAsciiAndMarkup_IsNotEscapedNeedlessly()
    {
        var node = new JsonObject { ["text"] = "Café <b> \"quoted\" – ok" };

        Assert.Equal("""{"text":"Café <b> \"quoted\" – ok"}""", CanonicalJson.Serialize(node));
    }
}
