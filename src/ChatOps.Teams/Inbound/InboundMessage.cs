namespace ChatOps.Teams.Inbound;

/// <summary>Something a person wrote to the bot, with <c>&lt;at&gt;</c> mentions stripped.</summary>
public sealed record InboundMessage(string ActivityId, InboundPerson Who, InboundPlace Where, string Text);
