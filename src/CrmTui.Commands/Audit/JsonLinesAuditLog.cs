using System.Text;
using System.Text.Json;

namespace CrmTui.Commands.Audit;

/// <summary>
/// An append-only JSON Lines file, one object per executed command. Each line is written with a
/// single append (O_APPEND), so entries from two crmtui processes never interleave. The directory
/// is created 0700 and the file 0600: argv and errors can name hosts and resources.
/// </summary>
public sealed class JsonLinesAuditLog : IAuditLog
{
    /// <summary>Errors longer than this are cut: the log is for who-did-what, not full output.</summary>
    public const int ErrorExcerptLength = 500;

    private readonly object _gate = new();

    public JsonLinesAuditLog(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = System.IO.Path.GetFullPath(path);
    }

    public string Path { get; }

    public void Append(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var line = Encoding.UTF8.GetBytes(ToJson(entry) + "\n");
        lock (_gate)
        {
            EnsureDirectory();
            var options = new FileStreamOptions
            {
                Mode = FileMode.Append,
                Access = FileAccess.Write,
                Share = FileShare.ReadWrite,
            };
            if (!OperatingSystem.IsWindows())
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using var stream = new FileStream(Path, options);
            stream.Write(line);
        }
    }

    /// <summary>The JSON object for one entry, on one line (newlines inside values are escaped).</summary>
    public static string ToJson(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("time", entry.Time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"));
            json.WriteString("user", entry.User);
            json.WriteString("cluster", entry.Cluster);
            json.WriteString("host", entry.Host);
            json.WriteString("action", entry.Action);
            json.WriteString("target", entry.Target);
            json.WriteStartArray("argv");
            foreach (var word in entry.Argv)
                json.WriteStringValue(word);
            json.WriteEndArray();
            if (entry.ExitCode is { } code)
                json.WriteNumber("exit_code", code);
            else
                json.WriteNull("exit_code");
            json.WriteNumber("duration_ms", (long)Math.Round(entry.Duration.TotalMilliseconds));
            json.WriteString("error", Excerpt(entry.Error));
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Excerpt(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= ErrorExcerptLength ? trimmed : trimmed[..ErrorExcerptLength] + "…";
    }

    private void EnsureDirectory()
    {
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (string.IsNullOrEmpty(directory) || Directory.Exists(directory))
            return;
        if (OperatingSystem.IsWindows())
            Directory.CreateDirectory(directory);
        else
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
