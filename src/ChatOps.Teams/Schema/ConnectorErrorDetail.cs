namespace ChatOps.Teams.Schema;

/// <summary>The code and message inside a <see cref="ConnectorError"/>.</summary>
public sealed record ConnectorErrorDetail(string? Code, string? Message);
