namespace ChatOps.Core.Evidence;

/// <summary>How far a source may travel; a model endpoint declares the highest label it may receive.</summary>
public enum Sensitivity
{
    Public = 0,
    Internal = 1,
    Confidential = 2,
    Restricted = 3,
}
