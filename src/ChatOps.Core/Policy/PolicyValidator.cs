using System.Text.RegularExpressions;
using ChatOps.Core.Evidence;
using ChatOps.Core.Workflows;

namespace ChatOps.Core.Policy;

/// <summary>Checks a policy's meaning (references, tiers, the two-person and override rules); the parser checks its shape.</summary>
public static partial class PolicyValidator
{
    public static IReadOnlyList<PolicyProblem> Validate(ChatOpsPolicy policy) => Validate(policy, null);

    /// <param name="policy">The policy to check.</param>
    /// <param name="resolvableGroupChannels">
    /// The channels whose groups the host can resolve to members (null: any, as <c>chatops policy check</c> does not know
    /// the host). A role naming a group of another channel is refused: it would silently grant nobody.
    /// </param>
    public static IReadOnlyList<PolicyProblem> Validate(ChatOpsPolicy policy, IReadOnlyCollection<string>? resolvableGroupChannels)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var problems = new List<PolicyProblem>();
        ValidatePeople(policy, problems);
        ValidateRoles(policy, problems);
        ValidateControls(policy, problems);
        if (resolvableGroupChannels is not null)
        {
            foreach (var role in policy.Roles.Values)
            {
                foreach (var group in role.Groups.Where(g => !resolvableGroupChannels.Contains(g.Split(':')[0], StringComparer.Ordinal)))
                {
                    problems.Add(new($"roles.{role.Name}.groups", $"This host cannot resolve '{group}' to its members, so role '{role.Name}' would silently grant nobody in it.",
                        $"Name the people in the role instead (people: [...]); this host resolves groups of: {(resolvableGroupChannels.Count == 0 ? "no channel" : string.Join(", ", resolvableGroupChannels))}."));
                }
            }
        }
        foreach (var workflow in policy.Workflows.Values)
        {
            ValidateWorkflow(policy, workflow, problems);
        }

        return problems;
    }

    private static void ValidatePeople(ChatOpsPolicy policy, List<PolicyProblem> problems)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var person in policy.People)
        {
            var path = $"people.{person.Name}";
            if (person.ChannelIds.Count == 0)
            {
                problems.Add(new(path, $"Person '{person.Name}' has no channel id.", "Add at least one of slack: U…, teams: <AAD object id>, console: name."));
            }

            foreach (var (channel, id) in person.ChannelIds)
            {
                var idPath = $"{path}.{channel}";
                if (channel == ChannelIdentity.Slack && !SlackUserId().IsMatch(id))
                {
                    problems.Add(new(idPath, $"'{id}' is not a Slack user id.", "Use the member id from the Slack profile, e.g. U024BE7LH."));
                }
                else if (channel == ChannelIdentity.Teams && !Guid.TryParse(id, out _))
                {
                    problems.Add(new(idPath, $"'{id}' is not a Teams AAD object id.", "Use the user's Entra ID object id, a GUID such as 00000000-0000-0000-0000-000000000000."));
                }

                if (!seen.TryAdd($"{channel}:{id}", person.Name))
                {
                    problems.Add(new(idPath, $"{channel} id '{id}' is also given to '{seen[$"{channel}:{id}"]}'.", "Give each channel id to one person only."));
                }
            }
        }
    }

    private static void ValidateControls(ChatOpsPolicy policy, List<PolicyProblem> problems)
    {
        foreach (var (key, roles) in new[] { ("pause", policy.Controls.Pause), ("retention", policy.Controls.Retention), ("retry", policy.Controls.Retry) })
        {
            foreach (var role in roles.Where(r => !policy.Roles.ContainsKey(r)))
            {
                problems.Add(new($"controls.{key}", $"Role '{role}' is not defined.", $"Define '{role}' under roles: or use one of: {string.Join(", ", policy.Roles.Keys)}."));
            }
        }
    }

    private static void ValidateRoles(ChatOpsPolicy policy, List<PolicyProblem> problems)
    {
        var names = policy.People.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var role in policy.Roles.Values)
        {
            var path = $"roles.{role.Name}";
            if (role.People.Count == 0 && role.Groups.Count == 0)
            {
                problems.Add(new(path, $"Role '{role.Name}' has no people and no groups, so nobody could approve.", "Add people: [name] or groups: [slack:S…] / [teams:<group id>]."));
            }

            foreach (var member in role.People.Where(m => !names.Contains(m)))
            {
                problems.Add(new($"{path}.people", $"Role '{role.Name}' names '{member}', who is not under people.", $"Add '{member}' under people: or remove it from the role."));
            }

            foreach (var group in role.Groups.Where(g => !GroupId().IsMatch(g)))
            {
                problems.Add(new($"{path}.groups", $"'{group}' is not a channel group.", "Write slack:<user group id> or teams:<AAD group object id>."));
            }
        }
    }

    private static void ValidateWorkflow(ChatOpsPolicy policy, WorkflowPolicy workflow, List<PolicyProblem> problems)
    {
        var path = $"workflows.{workflow.Name}";
        void Add(string key, string message, string fix) => problems.Add(new($"{path}.{key}", message, fix));

        if (!WorkflowNames.IsKnown(workflow.Name))
        {
            problems.Add(new(path, $"'{workflow.Name}' is not a workflow ChatOps drafts for.", $"Use one of: {string.Join(", ", WorkflowNames.All)}."));
        }

        if (workflow.Tier is < RiskTier.Internal or > RiskTier.AutonomousAction)
        {
            Add("tier", $"Tier {(int)workflow.Tier} is out of range.", "Use 0 (internal), 1 (customer assist), 2 (customer-facing), 3 (regulated) or 4 (autonomous actions).");
        }

        foreach (var kind in workflow.RequiredEvidence.Where(k => !SourceKinds.TryParse(k, out _)))
        {
            Add("required_evidence", $"'{kind}' is not an evidence kind.", $"Use one of: {string.Join(", ", SourceKinds.AllNames)}.");
        }

        ValidateApprovers(policy, workflow, Add);

        if (workflow.AllowedModels.Count == 0)
        {
            Add("models", "No model endpoint is allowed, so nothing could be drafted.", "List at least one endpoint, e.g. models: [offline].");
        }

        if (workflow.RetentionDays is < 1 or > 36500)
        {
            Add("retention_days", $"Retention of {workflow.RetentionDays} days is out of range.", "Use a number of days from 1 to 36500.");
        }

        if (workflow.OverrideFindings && workflow.Tier > RiskTier.CustomerAssist)
        {
            Add("override_findings", $"Overriding checker findings is not allowed at tier {(int)workflow.Tier}.", "Set override_findings: false, or lower the tier to 0 or 1.");
        }

        if (workflow.RemindAfter is { } after && (after <= TimeSpan.Zero || after > TimeSpan.FromDays(365)))
        {
            Add("remind_after_hours", "The nudge must come after the request, within a year.", "Set remind_after_hours to 1 or more, or remove it.");
        }

        if (workflow.Validity is { } validity)
        {
            if (validity.Lifetime <= TimeSpan.Zero)
            {
                Add("validity.days", "A validity must be longer than zero.", "Set validity.days to 1 or more, or remove validity.");
            }
            else if (validity.RemindBefore < TimeSpan.Zero || validity.RemindBefore >= validity.Lifetime)
            {
                Add("validity.remind_before_days", "The reminder must come after the approval and before the expiry.", "Set remind_before_days to at least 0 and less than days.");
            }
        }

        WriteBackRules.Validate(workflow.WriteBack, (key, message, fix) => Add($"write_back.{key}".TrimEnd('.'), message, fix));
    }

    private static void ValidateApprovers(ChatOpsPolicy policy, WorkflowPolicy workflow, Action<string, string, string> add)
    {
        if (workflow.ApproverRoles.Count == 0)
        {
            add("approvers", "No approver role is named, so nothing could be approved.", "Name at least one role from roles:, e.g. approvers: [support-lead].");
        }

        foreach (var role in workflow.ApproverRoles.Where(r => !policy.Roles.ContainsKey(r)))
        {
            add("approvers", $"Role '{role}' is not defined.", policy.Roles.Count == 0
                ? $"Define '{role}' under roles: with its people or groups."
                : $"Define '{role}' under roles: or use one of: {string.Join(", ", policy.Roles.Keys)}.");
        }

        if (workflow.ApprovalsRequired is < 1 or > 2)
        {
            add("approvals", $"{workflow.ApprovalsRequired} approvals is not supported.", "Use 1, or 2 for the two-person rule.");
        }

        var groupsOnly = workflow.ApproverRoles.Where(policy.Roles.ContainsKey).All(r => policy.Roles[r].Groups.Count == 0);
        var named = policy.NamedMembers(workflow.ApproverRoles).Count;
        if (groupsOnly && workflow.ApproverRoles.All(policy.Roles.ContainsKey) && named < workflow.ApprovalsRequired)
        {
            add("approvals", $"{workflow.ApprovalsRequired} distinct approvers are needed but the approver roles hold {named}.", "Add people to the approver roles, or add a group.");
        }
    }

    [GeneratedRegex("^[UW][A-Z0-9]{2,}$")]
    private static partial Regex SlackUserId();

    [GeneratedRegex("^(slack:S[A-Z0-9]{2,}|teams:[0-9a-fA-F-]{36})$")]
    private static partial Regex GroupId();
}
