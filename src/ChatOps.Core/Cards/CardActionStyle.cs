namespace ChatOps.Core.Cards;

/// <summary>How prominent an action is.</summary>
public enum CardActionStyle
{
    Default,
    Primary,
    Destructive,
}
