using ChatOps.Core.Evidence;

namespace ChatOps.Drafting.Tests.Support;

/// <summary>Endpoint options pointing at a loopback server, and a small evidence set to draft from.</summary>
internal static class TestEndpoints
{
    public const string ApiKey = "sk-test-do-not-leak-0123456789";

    public static ModelEndpointOptions OpenAI(string name, LoopbackModelServer server, Sensitivity clearance = Sensitivity.Confidential) => new()
    {
        Name = name,
        SettingPath = "Drafting:Endpoints:" + name,
        Provider = ModelProviders.OpenAI,
        BaseUrl = server.BaseAddress,
        Model = name + "-model",
        ApiKey = ApiKey,
        Owner = "Dana Reyes",
        Clearance = clearance,
        MaxRetries = 0,
        Timeout = TimeSpan.FromSeconds(30),
        InputPricePer1KTokens = 0.0025m,
        OutputPricePer1KTokens = 0.01m,
    };

    /// <summary>Routes every draft to the given endpoints: the first is the default, the second (if any) the escalation.</summary>
    public static Action<DraftingOptions> Route(params ModelEndpointOptions[] endpoints) => options =>
    {
        foreach (var endpoint in endpoints)
        {
            options.Endpoints.Add(endpoint);
        }

        options.DefaultEndpoint = endpoints[0].Name;
        options.EscalationEndpoint = endpoints.Length > 1 ? endpoints[1].Name : null;
    };

    public static EvidenceSet Evidence(Sensitivity sensitivity = Sensitivity.Internal) => new(
    [
        new Source("S1", SourceKind.Ticket, "INC-1", "https://tickets.example/INC-1",
            "INC-1 Checkout errors for 12% of users. Service restored 09:18 UTC.") { Sensitivity = sensitivity },
    ]);
}
