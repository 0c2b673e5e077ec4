using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using CrmTui.Core.Parsing;

namespace CrmTui.Core.Recording;

/// <summary>
/// Opens a recording or a snapshot bundle for replay (told apart by their content, not their
/// names) and parses every snapshot in it. A record whose XML does not parse is reported by
/// number and left out; the rest still replay. Throws <see cref="ReplayFileException"/> only
/// when the file is neither kind.
/// </summary>
public static class ReplayTapeLoader
{
    public static ReplayTape Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return IsBundle(path) ? FromBundle(path, IncidentBundleFile.Read(path)) : FromRecording(RecordingReader.Read(path));
    }

    private static bool IsBundle(string path)
    {
        using var file = File.OpenRead(path);
        if (!GzipMagic.Matches(file))
            throw new ReplayFileException("neither a crmtui recording nor a snapshot bundle: the file is not gzip-compressed");
        var block = new byte[512];
        int read;
        try
        {
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            read = gzip.ReadAtLeast(block, block.Length, throwOnEndOfStream: false);
        }
        catch (InvalidDataException)
        {
            // A recording cut short in its first block: the recording reader says what it can.
            return false;
        }
        return IncidentBundleFile.LooksLikeTar(block.AsSpan(0, read));
    }

    private static ReplayTape FromRecording(RecordingContents contents)
    {
        var frames = ImmutableArray.CreateBuilder<ReplayFrame>();
        var problems = contents.Problems.ToBuilder();
        var number = 0;
        foreach (var record in contents.Records)
        {
            number++;
            try
            {
                frames.Add(new ReplayFrame(number, record.At, record.Host, CrmMonXmlParser.Parse(record.Xml)));
            }
            catch (CrmMonFormatException e)
            {
                problems.Add($"record {number} ({record.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}Z): its crm_mon XML does not parse ({e.Message}); skipped");
            }
        }
        return new ReplayTape(ReplayKind.Recording, contents.Header.Source, [.. frames.OrderBy(f => f.At)], problems.ToImmutable());
    }

    private static ReplayTape FromBundle(string path, IncidentBundle bundle)
    {
        var problems = ImmutableArray.CreateBuilder<string>();
        foreach (var failed in bundle.Failed)
            problems.Add($"{failed.Name}: {failed.Failure}");
        var frames = ImmutableArray<ReplayFrame>.Empty;
        if (bundle.Find(IncidentBundle.StatusPart) is { Stdout.Length: > 0 } status)
        {
            try
            {
                frames = [new ReplayFrame(1, bundle.Time, bundle.Host, CrmMonXmlParser.Parse(status.Stdout))];
            }
            catch (CrmMonFormatException e)
            {
                problems.Add($"{status.File}: the crm_mon XML does not parse ({e.Message})");
            }
        }
        else
        {
            problems.Add($"the bundle has no crm_mon status ({Path.GetFileName(path)})");
        }
        return new ReplayTape(ReplayKind.Snapshot, bundle.Source, frames, problems.ToImmutable(), bundle);
    }
}
