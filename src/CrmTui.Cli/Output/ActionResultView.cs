using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CrmTui.Cli.Output;

/// <summary>
/// How an action verb prints its <see cref="ActionReport"/>. Text: a dry run prints the command
/// (one line, as the runner would send it) and a success its summary on stdout; anything else
/// is one line on stderr. JSON: one object on stdout whatever happened (keys in docs/cli.md).
/// </summary>
public static class ActionResultView
{
    /// <summary>The text lines: (stdout, stderr), each null or one line without its newline.</summary>
    public static (string? Out, string? Error) Text(ActionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Outcome switch
        {
            "dry_run" => (report.FormattedCommand, null),
            "succeeded" => (OneLine(report.Summary), null),
            "needs_confirmation" => (null, OneLine($"{report.Summary}; add --yes to run: {report.FormattedCommand}")),
            _ => (null, OneLine(report.Summary)),
        };
    }

    /// <summary>Control characters (a newline in a hostile name) are shown escaped, so every
    /// message stays on one line.</summary>
    public static string OneLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(char.IsControl))
            return text;
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ when char.IsControl(c) => $"\\x{(int)c:x2}",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    public static string Json(ActionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("action", report.Action);
            json.WriteString("target", report.Target);
            json.WriteString("host", report.Host);
            json.WriteString("outcome", report.Outcome);
            json.WriteNumber("exit_code", report.ExitCode);
            json.WriteString("summary", report.Summary);
            if (report.Argv is { } argv)
            {
                json.WriteStartArray("argv");
                foreach (var word in argv)
                    json.WriteStringValue(word);
                json.WriteEndArray();
            }
            else
            {
                json.WriteNull("argv");
            }
            WriteNullable(json, "command", report.FormattedCommand);
            if (report.ToolExitCode is { } code)
                json.WriteNumber("tool_exit_code", code);
            else
                json.WriteNull("tool_exit_code");
            json.WriteNumber("duration_ms", (long)Math.Round(report.Duration.TotalMilliseconds));
            json.WriteString("stdout", report.Stdout);
            json.WriteString("stderr", report.Stderr);
            WriteNullable(json, "failover", report.Failover);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
            json.WriteNull(name);
        else
            json.WriteString(name, value);
    }
}
