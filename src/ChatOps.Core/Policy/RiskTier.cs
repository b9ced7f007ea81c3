namespace ChatOps.Core.Policy;

/// <summary>How much harm a wrong draft in a workflow can do, from internal notes (0) to autonomous actions (4).</summary>
public enum RiskTier
{
    Internal = 0,
    CustomerAssist = 1,
    CustomerFacing = 2,
    Regulated = 3,
    AutonomousAction = 4,
}
