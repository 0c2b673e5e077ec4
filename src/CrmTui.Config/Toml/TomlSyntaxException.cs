namespace CrmTui.Config.Toml;

/// <summary>
/// The only exception the reader throws: the text is not TOML 1.0. The message reads
/// <c>file:line:col: what was found and what was expected</c>.
/// </summary>
public sealed class TomlSyntaxException : Exception
{
    public TomlSyntaxException(string fileName, TomlPosition position, string reason)
        : base($"{fileName}:{position.Line}:{position.Column}: {reason}")
    {
        FileName = fileName;
        Position = position;
        Reason = reason;
    }

    public string FileName { get; }

    public TomlPosition Position { get; }

    public int Line => Position.Line;

    public int Column => Position.Column;

    /// <summary>The message without the location prefix.</summary>
    public string Reason { get; }
}
