using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;

namespace CrmTui.Core.Recording;

/// <summary>
/// Reads a recording (<see cref="RecordingFormat"/>). A record that is not valid is reported by
/// number and skipped; a file cut short (a recorder killed mid-write: no gzip trailer, a half
/// record) keeps every record before the cut. Only a file that is not a recording at all throws
/// <see cref="ReplayFileException"/>.
/// </summary>
public static class RecordingReader
{
    public static RecordingContents Read(string path)
    {
        using var file = File.OpenRead(path);
        return Read(file);
    }

    public static RecordingContents Read(Stream file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!GzipMagic.Matches(file))
            throw new ReplayFileException("not a crmtui recording: the file is not gzip-compressed");
        var lines = new List<(string Text, bool Terminated)>();
        string? cut = null;
        using (var gzip = new GZipStream(file, CompressionMode.Decompress, leaveOpen: true))
        {
            cut = ReadLines(gzip, lines);
        }
        if (lines.Count == 0)
            throw new ReplayFileException(cut is null ? "not a crmtui recording: the file is empty" : $"not a crmtui recording: {cut}");
        var header = RecordingFormat.ParseHeader(lines[0].Text, out var headerProblem)
            ?? throw new ReplayFileException($"not a crmtui recording: {headerProblem}");

        var records = ImmutableArray.CreateBuilder<RecordedSnapshot>();
        var problems = ImmutableArray.CreateBuilder<string>();
        for (var i = 1; i < lines.Count; i++)
        {
            var (text, terminated) = lines[i];
            if (text.Length == 0)
                continue;
            if (RecordingFormat.ParseRecord(text, out var problem) is { } record)
                records.Add(record);
            else if (!terminated && i == lines.Count - 1)
                problems.Add($"record {i} is cut short (the recorder stopped while writing it); ignored");
            else
                problems.Add($"record {i} is not a valid record ({problem}); skipped");
        }
        if (cut is not null)
            problems.Add($"the recording ends early ({cut}): the {records.Count} record(s) before the cut are kept");
        return new RecordingContents(header, records.ToImmutable(), problems.ToImmutable());
    }

    // Splits the decompressed bytes into lines, noting whether each ended with '\n'. A gzip
    // stream that breaks off is not fatal: the lines before the break are kept and the
    // reason is returned.
    private static string? ReadLines(Stream gzip, List<(string, bool)> lines)
    {
        var current = new MemoryStream();
        var buffer = new byte[64 * 1024];
        string? cut = null;
        while (true)
        {
            int read;
            try
            {
                read = gzip.Read(buffer, 0, buffer.Length);
            }
            catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
            {
                cut = e.Message.TrimEnd('.');
                break;
            }
            if (read == 0)
                break;
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n')
                    continue;
                current.Write(buffer, start, i - start);
                lines.Add((Decode(current), true));
                current.SetLength(0);
                start = i + 1;
            }
            current.Write(buffer, start, read - start);
        }
        if (current.Length > 0)
            lines.Add((Decode(current), false));
        return cut;
    }

    private static string Decode(MemoryStream bytes) => Encoding.UTF8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
}
