namespace ChatOps.Teams.Schema;

/// <summary>The Connector's error body: <c>{"error":{"code","message"}}</c>.</summary>
public sealed record ConnectorError(ConnectorErrorDetail? Error);
