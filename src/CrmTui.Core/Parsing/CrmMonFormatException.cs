namespace CrmTui.Core.Parsing;

/// <summary>
/// The crm_mon XML could not be read: malformed or truncated XML, or not a
/// <c>pacemaker-result</c> document. The only exception <see cref="CrmMonXmlParser"/> throws for
/// bad input. <see cref="Line"/> and <see cref="Column"/> are 1-based (0 when unknown);
/// <see cref="ElementPath"/> names the innermost open element, e.g.
/// <c>/pacemaker-result/resources/clone[2]/resource</c> (an index is shown from the second
/// sibling of the same name on).
/// </summary>
public sealed class CrmMonFormatException : Exception
{
    public CrmMonFormatException(string reason, int line, int column, string elementPath, Exception? inner = null)
        : base(Describe(reason, line, column, elementPath), inner)
    {
        Reason = reason;
        Line = line;
        Column = column;
        ElementPath = elementPath;
    }

    /// <summary>What was wrong, without the position.</summary>
    public string Reason { get; }
    public int Line { get; }
    public int Column { get; }
    public string ElementPath { get; }

    private static string Describe(string reason, int line, int column, string path)
    {
        var where = path.Length == 0 ? "" : $" in {path}";
        return $"invalid crm_mon XML at line {line}, column {column}{where}: {reason}";
    }
}
