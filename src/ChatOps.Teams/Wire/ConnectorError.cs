namespace ChatOps.Teams.Wire;

/// <summary>The Connector's error body: <c>{"error":{"code","message"}}</c>.</summary>
public sealed record ConnectorError(ConnectorErrorDetail? Error);
