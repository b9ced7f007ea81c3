namespace ChatOps.Host.Settings;

/// <summary>Which policy file to load (<c>Policy:Path</c>); without one the shipped default policy is used.</summary>
public sealed class PolicySettings
{
    public string? Path { get; set; }
}
