using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CrmTui.Core.Recording;

/// <summary>
/// The recording file (docs/record-replay.md): one gzip stream of JSON lines, the first a header
/// <c>{"format":"crmtui-recording","version":1,"started":…,"source":…}</c>, then one line per
/// distinct snapshot <c>{"n":1,"at":…,"host":…,"xml":…}</c>. The writer sync-flushes the gzip
/// stream after every record, so a recorder that is killed leaves every finished record readable
/// (<c>zcat</c> prints them and complains only about the missing trailer).
/// </summary>
public static class RecordingFormat
{
    public const string FormatName = "crmtui-recording";
    public const int Version = 1;

    internal static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly JsonWriterOptions s_options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string HeaderLine(RecordingHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return Line(json =>
        {
            json.WriteString("format", FormatName);
            json.WriteNumber("version", header.Version);
            json.WriteString("started", header.Started.ToString("o", CultureInfo.InvariantCulture));
            json.WriteString("source", header.Source);
        });
    }

    public static string RecordLine(int number, RecordedSnapshot record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Line(json =>
        {
            json.WriteNumber("n", number);
            json.WriteString("at", record.At.ToString("o", CultureInfo.InvariantCulture));
            json.WriteString("host", record.Host);
            json.WriteString("xml", record.Xml);
        });
    }

    /// <summary>The header, or null with the reason when the line is not one.</summary>
    public static RecordingHeader? ParseHeader(string line, out string? problem)
    {
        problem = null;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.GetString() != FormatName)
            {
                problem = $"the first line is not a {FormatName} header";
                return null;
            }
            var version = root.TryGetProperty("version", out var v) && v.TryGetInt32(out var n) ? n : 0;
            if (version != Version)
            {
                problem = $"recording format version {version} is not supported (this crmtui reads version {Version})";
                return null;
            }
            return new RecordingHeader(version, Time(root, "started") ?? DateTimeOffset.MinValue, Text(root, "source") ?? "");
        }
        catch (JsonException e)
        {
            problem = $"the first line is not JSON: {e.Message}";
            return null;
        }
    }

    /// <summary>A record, or null with the reason when the line is not one.</summary>
    public static RecordedSnapshot? ParseRecord(string line, out string? problem)
    {
        problem = null;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = "not a JSON object";
                return null;
            }
            var at = Time(root, "at");
            var xml = Text(root, "xml");
            if (at is null || xml is null)
            {
                problem = at is null ? "no valid \"at\" time" : "no \"xml\"";
                return null;
            }
            return new RecordedSnapshot(at.Value, Text(root, "host") ?? "", xml);
        }
        catch (JsonException e)
        {
            problem = $"not JSON: {e.Message}";
            return null;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateTimeOffset? Time(JsonElement root, string name) =>
        Text(root, name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var t) ? t : null;

    private static string Line(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, s_options))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }
        return Utf8.GetString(buffer.ToArray());
    }
}
