using System.Globalization;
using CrmTui.Core.Timeline;

namespace CrmTui.Cli.Verbs;

/// <summary>Prints timeline records as text (<c>2026-11-22 08:21:55Z  3m ago  node1: online → standby</c>)
/// or JSON lines, and appends them to the <c>--append</c> file when one is given.</summary>
internal sealed class EventPrinter(TextWriter output, bool json, string? appendTo, TimeProvider time)
{
    public async Task PrintAsync(IReadOnlyList<TimelineRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
            return;
        // The file first: an interrupted print must not lose the record.
        if (appendTo is not null)
            TimelineFile.Append(appendTo, records);
        var now = time.GetUtcNow();
        foreach (var record in records)
            await output.WriteLineAsync(json ? TimelineJson.ToLine(record) : Text(record, now)).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public static string Text(TimelineRecord record, DateTimeOffset now) =>
        record.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)
        + "  " + RelativeAge.Format(record.At, now).PadRight(9) + "  " + record.Text;
}
