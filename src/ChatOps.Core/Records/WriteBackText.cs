using System.Text;

namespace ChatOps.Core.Records;

/// <summary>The Markdown every target posts: the text, then the approval trail and the sources, then the marker.</summary>
public static class WriteBackText
{
    public static string Markdown(WriteBackRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = new StringBuilder();
        text.AppendLine(request.Text).AppendLine();
        text.AppendLine("---").AppendLine("**Approved** (ChatOps, version `" + request.Version[..Math.Min(12, request.Version.Length)] + "`)");
        foreach (var approval in request.Trail)
        {
            text.AppendLine($"- {approval.Approver} at {approval.At}");
        }

        if (request.Sources.Count > 0)
        {
            text.AppendLine().AppendLine("**Sources**");
            foreach (var source in request.Sources)
            {
                text.AppendLine(source.Uri is null ? $"- [{source.Id}] {source.Kind}" : $"- [{source.Id}] {source.Kind}: {source.Uri}");
            }
        }

        text.Append("<!-- ").Append(request.Marker).Append(" -->");
        return text.ToString();
    }
}
