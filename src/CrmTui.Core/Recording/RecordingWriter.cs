using System.IO.Compression;

namespace CrmTui.Core.Recording;

/// <summary>
/// Writes a recording (<see cref="RecordingFormat"/>). Every <see cref="Append"/> reaches the
/// file before it returns (gzip sync flush, then the file's own buffer), so whatever kills the
/// recorder, the records already appended stay readable. Not thread-safe: one recorder writes.
/// </summary>
public sealed class RecordingWriter : IDisposable
{
    private readonly FileStream _file;
    private readonly GZipStream _gzip;
    private bool _disposed;

    private RecordingWriter(FileStream file, RecordingHeader header)
    {
        _file = file;
        _gzip = new GZipStream(file, CompressionLevel.Optimal, leaveOpen: true);
        Write(RecordingFormat.HeaderLine(header));
    }

    /// <summary>Records written so far.</summary>
    public int Count { get; private set; }

    /// <summary>Creates <paramref name="path"/>; an existing file is never overwritten (IOException).</summary>
    public static RecordingWriter Create(string path, RecordingHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        try
        {
            return new RecordingWriter(file, header);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public void Append(RecordedSnapshot record)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Write(RecordingFormat.RecordLine(Count + 1, record));
        Count++;
    }

    private void Write(string line)
    {
        _gzip.Write(RecordingFormat.Utf8.GetBytes(line + "\n"));
        // GZipStream.Flush is a zlib sync flush: the bytes so far decompress on their own.
        _gzip.Flush();
        _file.Flush(flushToDisk: false);
    }

    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        _gzip.Dispose();
        _file.Dispose();
    }
}
