using System.Xml;
using CrmTui.Core.Model;

namespace CrmTui.Core.Parsing;

/// <summary>
/// Parses <c>crm_mon --output-as=xml</c> output into a <see cref="ClusterSnapshot"/> with a
/// streaming <see cref="XmlReader"/> (outputs reach megabytes). DTDs are refused and no external
/// resource is ever resolved. Unknown elements and attributes never fail a parse; they are kept
/// raw. Bad input — malformed or truncated XML, or a document that is not a
/// <c>pacemaker-result</c> — raises <see cref="CrmMonFormatException"/>, and no other exception
/// escapes. A crm_mon refusal parses: check <see cref="ClusterSnapshot.IsRefusal"/>.
/// </summary>
public static class CrmMonXmlParser
{
    public static ClusterSnapshot Parse(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        using var text = new StringReader(xml);
        return Parse(text);
    }

    public static ClusterSnapshot Parse(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Run(() => XmlReader.Create(stream, Settings()));
    }

    public static ClusterSnapshot Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Run(() => XmlReader.Create(reader, Settings()));
    }

    private static ClusterSnapshot Run(Func<XmlReader> open)
    {
        XmlCursor? cursor = null;
        try
        {
            using var reader = open();
            cursor = new XmlCursor(reader);
            return new SnapshotReader(cursor).Read();
        }
        catch (CrmMonFormatException)
        {
            throw;
        }
        catch (XmlException e)
        {
            // An empty document is reported at line 0; its error is at the very start.
            throw new CrmMonFormatException(Reason(e), Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition), cursor?.Path() ?? "", e);
        }
        catch (Exception e)
        {
            // Anything else (I/O on the stream, a bug of ours) still reports where it happened.
            var (line, column) = cursor?.Position ?? (0, 0);
            throw new CrmMonFormatException($"{e.GetType().Name}: {e.Message}", line, column, cursor?.Path() ?? "", e);
        }
    }

    // XmlException.Message repeats the position; keep only the reason.
    private static string Reason(XmlException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Line ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].TrimEnd() : message;
    }

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
        MaxCharactersFromEntities = 1024,
    };
}
