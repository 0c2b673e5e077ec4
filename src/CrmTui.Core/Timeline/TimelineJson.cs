using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CrmTui.Core.Timeline;

/// <summary>
/// One timeline record per line of JSON: <c>{"at":"2026-11-22T08:21:55.123+00:00","cluster":"prod",
/// "kind":"NodeStateChanged","subject_kind":"Node","subject":"node1","detail":"","text":"node1: online → standby"}</c>.
/// Lines that are not such an object are skipped by the reader (and counted), so a file cut short by
/// a crash or edited by hand still reads.
/// </summary>
public static class TimelineJson
{
    public static string ToLine(TimelineRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("at", record.At.ToString("o", CultureInfo.InvariantCulture));
            json.WriteString("cluster", record.Cluster);
            json.WriteString("kind", record.Kind);
            json.WriteString("subject_kind", record.SubjectKind);
            json.WriteString("subject", record.Subject);
            json.WriteString("detail", record.Detail);
            json.WriteString("text", record.Text);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The record on <paramref name="line"/>, or null when it is not one.</summary>
    public static TimelineRecord? TryParse(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
            return null;
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !DateTimeOffset.TryParse(Text(root, "at"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at))
                return null;
            return new TimelineRecord(at, Text(root, "cluster") ?? "", Text(root, "kind") ?? "", Text(root, "subject_kind") ?? "",
                Text(root, "subject") ?? "", Text(root, "detail") ?? "", Text(root, "text") ?? "");
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
