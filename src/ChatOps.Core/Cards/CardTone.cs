namespace ChatOps.Core.Cards;

/// <summary>How a card reads at a glance.</summary>
public enum CardTone
{
    Neutral,
    Good,
    Warning,
    Attention,
}
