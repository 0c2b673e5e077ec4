using System.Text;

namespace CrmTui.Core.Timeline;

/// <summary>Appends timeline records to a JSON-lines file and reads them back.</summary>
public static class TimelineFile
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Appends one line per record (creating the file), flushed before returning.</summary>
    public static void Append(string path, IEnumerable<TimelineRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var text = new StringBuilder();
        foreach (var record in records)
            text.Append(TimelineJson.ToLine(record)).Append('\n');
        if (text.Length == 0)
            return;
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        var bytes = s_utf8.GetBytes(text.ToString());
        stream.Write(bytes);
        stream.Flush(flushToDisk: false);
    }

    /// <summary>The records in the file, in file order, and how many lines were not records.</summary>
    public static (IReadOnlyList<TimelineRecord> Records, int Skipped) Read(string path)
    {
        var records = new List<TimelineRecord>();
        var skipped = 0;
        foreach (var line in File.ReadLines(path, s_utf8))
        {
            if (line.Length == 0)
                continue;
            if (TimelineJson.TryParse(line) is { } record)
                records.Add(record);
            else
                skipped++;
        }
        return (records, skipped);
    }
}
