using ChatOps.Core.Policy;
using YamlDotNet.RepresentationModel;

namespace ChatOps.Policy.Yaml;

/// <summary>The policy file's schema: reads each section into the core model and remembers where every key was.</summary>
internal sealed class PolicyYamlReader(string source) : YamlNodeReader(source)
{
    private static readonly string[] TopKeys = ["version", "people", "roles", "controls", "workflows"];
    private static readonly string[] ControlKeys = ["pause", "retention", "retry"];
    private static readonly string[] PersonKeys = [.. ChannelIdentity.Channels, "display_name", "email"];
    private static readonly string[] RoleKeys = ["people", "groups"];
    private static readonly string[] ValidityKeys = ["days", "remind_before_days"];
    private static readonly string[] WriteBackKeys = ["target", "repository", "site", "url", "secret_env", "path"];
    private static readonly string[] WorkflowKeys =
    [
        "tier", "enabled", "required_evidence", "approvers", "approvals", "drafter_may_approve", "models",
        "retention_days", "write_back", "override_findings", "validity", "remind_after_hours",
    ];

    public ChatOpsPolicy? Read(YamlNode root)
    {
        if (Mapping(root, string.Empty) is not { } top)
        {
            return null;
        }

        var entries = Entries(top, string.Empty, TopKeys);
        if (!entries.TryGetValue("version", out var version) || Integer(version, "version", "Write version: 1.") is not 1)
        {
            Error(version ?? top, "The policy must declare version: 1.", "Add version: 1 at the top of the file.");
        }

        var people = entries.TryGetValue("people", out var p) ? ReadPeople(p) : [];
        var roles = entries.TryGetValue("roles", out var r) ? ReadRoles(r) : [];
        var workflows = new Dictionary<string, WorkflowPolicy>(StringComparer.Ordinal);
        if (!entries.TryGetValue("workflows", out var w))
        {
            Error(top, "The policy has no workflows.", "Add a workflows: section; see the shipped policy/chatops.policy.yaml.");
        }
        else if (Mapping(w, "workflows") is { } map)
        {
            foreach (var (name, node) in Entries(map, "workflows", null))
            {
                if (ReadWorkflow(name, node) is { } workflow)
                {
                    workflows[name] = workflow;
                }
            }
        }

        var controls = entries.TryGetValue("controls", out var c) ? ReadControls(c) : ControlRoles.None;
        return new ChatOpsPolicy(workflows, people, roles) { Controls = controls };
    }

    private ControlRoles ReadControls(YamlNode node)
    {
        if (Mapping(node, "controls") is not { } map)
        {
            return ControlRoles.None;
        }

        var e = Entries(map, "controls", ControlKeys);
        IReadOnlyList<string> List(string key) => e.TryGetValue(key, out var n) ? TextList(n, $"controls.{key}") : [];
        return new ControlRoles { Pause = List("pause"), Retention = List("retention"), Retry = List("retry") };
    }

    private List<PersonEntry> ReadPeople(YamlNode node)
    {
        var people = new List<PersonEntry>();
        if (Mapping(node, "people") is not { } map)
        {
            return people;
        }

        foreach (var (name, value) in Entries(map, "people", null))
        {
            var path = $"people.{name}";
            if (Mapping(value, path) is not { } ids)
            {
                continue;
            }

            var channelIds = new Dictionary<string, string>(StringComparer.Ordinal);
            string? displayName = null, email = null;
            foreach (var (key, idNode) in Entries(ids, path, PersonKeys))
            {
                if (Text(idNode, $"{path}.{key}") is not { } text)
                {
                    continue;
                }

                switch (key)
                {
                    case "display_name":
                        displayName = text;
                        break;
                    case "email":
                        email = text;
                        break;
                    default:
                        channelIds[key] = text;
                        break;
                }
            }

            people.Add(new PersonEntry(name, channelIds) { DisplayName = displayName, Email = email });
        }

        return people;
    }

    private Dictionary<string, RoleEntry> ReadRoles(YamlNode node)
    {
        var roles = new Dictionary<string, RoleEntry>(StringComparer.Ordinal);
        if (Mapping(node, "roles") is not { } map)
        {
            return roles;
        }

        foreach (var (name, value) in Entries(map, "roles", null))
        {
            var path = $"roles.{name}";
            if (Mapping(value, path) is { } role)
            {
                var entries = Entries(role, path, RoleKeys);
                roles[name] = new RoleEntry(
                    name,
                    entries.TryGetValue("people", out var people) ? TextList(people, $"{path}.people") : [],
                    entries.TryGetValue("groups", out var groups) ? TextList(groups, $"{path}.groups") : []);
            }
        }

        return roles;
    }

    private WorkflowPolicy? ReadWorkflow(string name, YamlNode node)
    {
        var path = $"workflows.{name}";
        if (Mapping(node, path) is not { } map)
        {
            return null;
        }

        var e = Entries(map, path, WorkflowKeys);
        int? tier = e.TryGetValue("tier", out var t) ? Integer(t, $"{path}.tier", "Write tier: 0, 1, 2, 3 or 4.") : Missing(map, path, "tier", "Add tier: 0 (internal) … 4 (autonomous actions).");
        var approvers = e.TryGetValue("approvers", out var a) ? TextList(a, $"{path}.approvers") : MissingList(map, path, "approvers", "Add approvers: [role-name].");
        var models = e.TryGetValue("models", out var m) ? TextList(m, $"{path}.models") : MissingList(map, path, "models", "Add models: [offline] (the endpoints this workflow may use).");
        if (tier is null)
        {
            return null;
        }

        var riskTier = (RiskTier)tier.Value;
        return new WorkflowPolicy
        {
            Name = name,
            Tier = riskTier,
            Enabled = Optional(e, "enabled", n => Boolean(n, $"{path}.enabled")) ?? true,
            RequiredEvidence = e.TryGetValue("required_evidence", out var ev) ? TextList(ev, $"{path}.required_evidence") : [],
            ApproverRoles = approvers,
            ApprovalsRequired = Optional(e, "approvals", n => Integer(n, $"{path}.approvals", "Write approvals: 1 or approvals: 2.")) ?? WorkflowPolicy.DefaultApprovals(riskTier),
            DrafterMayApprove = Optional(e, "drafter_may_approve", n => Boolean(n, $"{path}.drafter_may_approve")) ?? false,
            AllowedModels = models,
            RetentionDays = Optional(e, "retention_days", n => Integer(n, $"{path}.retention_days", "Write retention_days: <days>, e.g. 365.")) ?? 365,
            WriteBack = e.TryGetValue("write_back", out var wb) ? ReadWriteBack(wb, $"{path}.write_back") : WriteBackTarget.Nowhere,
            OverrideFindings = Optional(e, "override_findings", n => Boolean(n, $"{path}.override_findings")) ?? false,
            Validity = e.TryGetValue("validity", out var v) ? ReadValidity(v, $"{path}.validity") : null,
            RemindAfter = Optional(e, "remind_after_hours", n => Integer(n, $"{path}.remind_after_hours", "Write remind_after_hours: <hours>, e.g. 4.")) is { } hours ? TimeSpan.FromHours(hours) : null,
        };
    }

    private WriteBackTarget ReadWriteBack(YamlNode node, string path)
    {
        if (Mapping(node, path) is not { } map)
        {
            return WriteBackTarget.Nowhere;
        }

        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in Entries(map, path, WriteBackKeys))
        {
            if (Text(value, $"{path}.{key}") is { } text)
            {
                settings[key] = text;
            }
        }

        if (!settings.Remove("target", out var kind))
        {
            Error(map, $"'{path}' does not name a target.", $"Add target: one of {string.Join(", ", WriteBackTarget.Kinds)}.");
            return WriteBackTarget.Nowhere;
        }

        return new WriteBackTarget(kind, settings);
    }

    private DecisionValidity? ReadValidity(YamlNode node, string path)
    {
        if (Mapping(node, path) is not { } map)
        {
            return null;
        }

        var e = Entries(map, path, ValidityKeys);
        var days = e.TryGetValue("days", out var d) ? Integer(d, $"{path}.days", "Write days: <how many days an approval holds>.") : Missing(map, path, "days", "Add days: <how many days an approval holds>.");
        var remind = Optional(e, "remind_before_days", n => Integer(n, $"{path}.remind_before_days", "Write remind_before_days: <days>.")) ?? 0;
        return days is null ? null : new DecisionValidity(TimeSpan.FromDays(days.Value), TimeSpan.FromDays(remind));
    }

    private static T? Optional<T>(Dictionary<string, YamlNode> entries, string key, Func<YamlNode, T?> read)
        where T : struct => entries.TryGetValue(key, out var node) ? read(node) : null;

    private int? Missing(YamlNode parent, string path, string key, string fix)
    {
        Error(parent, $"'{path}' has no '{key}'.", fix);
        return null;
    }

    private string[] MissingList(YamlNode parent, string path, string key, string fix)
    {
        Error(parent, $"'{path}' has no '{key}'.", fix);
        return [];
    }
}
