using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CrmTui.Config.Toml;

/// <summary>
/// Writes a document in toml-test's tagged JSON: tables are objects, arrays are arrays, and every scalar is
/// <c>{"type": "integer", "value": "42"}</c> with the value always a string.
/// </summary>
public static class TomlTaggedJson
{
    public static string Encode(TomlTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            // Readable output for a human debugging a config: keep non-ASCII text as it is.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            Write(writer, table);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, TomlValue value)
    {
        switch (value)
        {
            case TomlTable table:
                writer.WriteStartObject();
                foreach (var entry in table.Entries)
                {
                    writer.WritePropertyName(entry.Key);
                    Write(writer, entry.Value);
                }
                writer.WriteEndObject();
                break;
            case TomlArray array:
                writer.WriteStartArray();
                foreach (var item in array.Items)
                {
                    Write(writer, item);
                }
                writer.WriteEndArray();
                break;
            default:
                var (type, text) = Tag(value);
                writer.WriteStartObject();
                writer.WriteString("type", type);
                writer.WriteString("value", text);
                writer.WriteEndObject();
                break;
        }
    }

    private static (string Type, string Value) Tag(TomlValue value) => value switch
    {
        TomlString s => ("string", s.Value),
        TomlInteger i => ("integer", i.Value.ToString(CultureInfo.InvariantCulture)),
        TomlFloat f => ("float", FormatFloat(f.Value)),
        TomlBoolean b => ("bool", b.Value ? "true" : "false"),
        TomlOffsetDateTime d => ("datetime", FormatDateTime(d.Value.DateTime) + FormatOffset(d.Value.Offset)),
        TomlLocalDateTime d => ("datetime-local", FormatDateTime(d.Value)),
        TomlLocalDate d => ("date-local", d.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        TomlLocalTime t => ("time-local", FormatTime(t.Value.ToTimeSpan())),
        _ => throw new ArgumentException($"not a scalar: {value.TypeName}", nameof(value)),
    };

    private static string FormatFloat(double d) => d switch
    {
        double.PositiveInfinity => "inf",
        double.NegativeInfinity => "-inf",
        _ when double.IsNaN(d) => "nan",
        _ => d.ToString("R", CultureInfo.InvariantCulture),
    };

    private static string FormatDateTime(DateTime d) =>
        d.ToString("yyyy-MM-dd'T'", CultureInfo.InvariantCulture) + FormatTime(d.TimeOfDay);

    private static string FormatTime(TimeSpan t)
    {
        var text = t.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture);
        var fraction = t.Ticks % TimeSpan.TicksPerSecond;
        return fraction == 0 ? text : text + "." + fraction.ToString("0000000", CultureInfo.InvariantCulture).TrimEnd('0');
    }

    private static string FormatOffset(TimeSpan offset) =>
        offset == TimeSpan.Zero ? "Z" : (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
