using System.Collections.Immutable;
using System.Xml;
using System.Xml.Linq;

namespace CrmTui.Commands.Execution;

/// <summary>
/// The <c>&lt;status code message&gt;&lt;errors&gt;</c> part of a Pacemaker tool's
/// <c>--output-as=xml</c> answer. With XML output the tools print their errors there, not on
/// stderr, so this is where a failure's reason is.
/// </summary>
public sealed record ToolResult(int Code, string Message, ImmutableArray<string> Errors)
{
    /// <summary>Reads the status of a <c>&lt;pacemaker-result&gt;</c> document; null when
    /// <paramref name="stdout"/> is not one (text output, empty, truncated).</summary>
    public static ToolResult? TryParse(string stdout)
    {
        if (string.IsNullOrWhiteSpace(stdout) || !stdout.TrimStart().StartsWith('<'))
            return null;
        XDocument document;
        try
        {
            document = XDocument.Parse(stdout);
        }
        catch (XmlException)
        {
            return null;
        }
        var status = document.Root is { Name.LocalName: "pacemaker-result" } root ? root.Element("status") : null;
        if (status is null || !int.TryParse((string?)status.Attribute("code"), out var code))
            return null;
        var errors = status.Element("errors")?.Elements("error").Select(e => e.Value.Trim())
            .Where(e => e.Length > 0).ToImmutableArray() ?? [];
        return new ToolResult(code, (string?)status.Attribute("message") ?? "", errors);
    }

    /// <summary>The errors on one line, or the status message when there are none.</summary>
    public string Explanation =>
        Errors.IsEmpty ? Message : string.Join("; ", Errors.Select(e => e.ReplaceLineEndings(" ")));
}
