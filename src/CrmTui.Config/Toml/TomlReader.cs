using System.Text;
using System.Text.Unicode;

namespace CrmTui.Config.Toml;

/// <summary>
/// Reads TOML 1.0 into a <see cref="TomlDocument"/> whose every key and value carries its line:column.
/// Any text that is not TOML 1.0 raises <see cref="TomlSyntaxException"/>, and nothing else.
/// </summary>
public static class TomlReader
{
    /// <summary>
    /// Parses <paramref name="text"/>; one leading byte-order mark is ignored. <paramref name="fileName"/> is
    /// used only in error messages and <see cref="TomlDocument.FileName"/>.
    /// </summary>
    public static TomlDocument Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }
        return new TomlParser(text, fileName).Parse();
    }

    /// <summary>Parses raw file bytes, which TOML requires to be valid UTF-8.</summary>
    public static TomlDocument Parse(ReadOnlySpan<byte> utf8, string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var chars = new char[utf8.Length];
        var status = Utf8.ToUtf16(utf8, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        var text = new string(chars, 0, charsWritten);
        if (status != System.Buffers.OperationStatus.Done)
        {
            var cursor = new TomlCursor(text, fileName);
            var at = cursor.PositionOf(charsWritten);
            throw new TomlSyntaxException(fileName, at,
                $"the file is not valid UTF-8 (bad byte sequence at offset {bytesRead}); TOML files must be UTF-8");
        }
        return Parse(text, fileName);
    }

    /// <summary>Reads and parses a file. I/O errors are not syntax errors and propagate as <see cref="IOException"/>.</summary>
    public static TomlDocument ParseFile(string path, string? displayName = null) =>
        Parse(File.ReadAllBytes(path), displayName ?? path);
}
