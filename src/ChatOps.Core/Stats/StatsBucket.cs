namespace ChatOps.Core.Stats;

/// <summary>The period figures are grouped by over time.</summary>
public enum StatsBucket
{
    /// <summary>One UTC day.</summary>
    Day,

    /// <summary>An ISO week, Monday to Sunday, named by its Monday.</summary>
    Week,
}
