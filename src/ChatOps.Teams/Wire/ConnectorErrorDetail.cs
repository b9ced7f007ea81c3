namespace ChatOps.Teams.Wire;

/// <summary>The code and message inside a <see cref="ConnectorError"/>.</summary>
public sealed record ConnectorErrorDetail(string? Code, string? Message);
