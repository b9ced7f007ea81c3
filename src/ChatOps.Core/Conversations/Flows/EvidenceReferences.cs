using System.Security.Cryptography;
using System.Text;
using ChatOps.Core.Approvals;
using ChatOps.Core.Evidence;

namespace ChatOps.Core.Conversations.Flows;

/// <summary>Converts between the evidence a draft used and the references the ledger keeps of it.</summary>
internal static class EvidenceReferences
{
    public static IReadOnlyList<EvidenceReference> Of(EvidenceSet evidence) =>
        evidence.Sources.Select(s => new EvidenceReference(s.Id, s.Kind.ToWireName(), HashOf(s.Text), s.Uri)).ToArray();

    /// <summary>An evidence set rebuilt from references: ids, kinds and links, without the text the ledger does not keep.</summary>
    public static EvidenceSet Rebuild(IEnumerable<EvidenceReference> references) =>
        new(references.Select(r => new Source(r.Id, SourceKinds.TryParse(r.Kind, out var kind) ? kind : SourceKind.Doc, r.Id, r.Uri, "")));

    public static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
