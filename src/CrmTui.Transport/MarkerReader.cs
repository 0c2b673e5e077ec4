namespace CrmTui.Transport;

/// <summary>
/// Reads a byte stream in pieces that end at a marker: everything up to the next occurrence of a
/// given byte sequence, which is consumed and not returned. Bytes read past the marker are kept
/// for the next read. Not thread-safe: one reader per stream, one read at a time.
/// </summary>
public sealed class MarkerReader
{
    private readonly Stream _stream;
    private readonly int _limit;
    private byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;

    /// <param name="stream">The stream to read.</param>
    /// <param name="limit">The longest piece accepted before a marker, in bytes; a longer one is
    /// an <see cref="InvalidDataException"/> (the other side is not speaking the protocol).</param>
    public MarkerReader(Stream stream, int limit = 256 * 1024 * 1024)
    {
        _stream = stream ?? throw new ArgumentNullException(nameof(stream));
        _limit = limit;
    }

    /// <summary>
    /// The bytes before the next <paramref name="marker"/>. Throws <see cref="EndOfStreamException"/>
    /// when the stream ends first (what was read stays available through <see cref="Pending"/>),
    /// <see cref="InvalidDataException"/> past the limit.
    /// </summary>
    public async Task<byte[]> ReadUntilAsync(ReadOnlyMemory<byte> marker, CancellationToken cancellationToken)
    {
        if (marker.IsEmpty)
            throw new ArgumentException("the marker is empty", nameof(marker));
        var searched = 0;
        while (true)
        {
            var window = _buffer.AsSpan(_start + searched, _end - _start - searched);
            var at = window.IndexOf(marker.Span);
            if (at >= 0)
            {
                var piece = _buffer.AsSpan(_start, searched + at).ToArray();
                _start += searched + at + marker.Length;
                return piece;
            }
            // The marker may straddle the next read: search again from where it could begin.
            searched = Math.Max(0, _end - _start - (marker.Length - 1));
            if (_end - _start > _limit)
                throw new InvalidDataException($"no end marker within {_limit} bytes");
            if (await FillAsync(cancellationToken).ConfigureAwait(false) == 0)
                throw new EndOfStreamException("the stream ended before the end marker");
        }
    }

    /// <summary>What was read and not yet returned (after an end of stream: the unfinished piece).</summary>
    public ReadOnlySpan<byte> Pending => _buffer.AsSpan(_start, _end - _start);

    private async Task<int> FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0 && _start == _end)
            _start = _end = 0;
        if (_end == _buffer.Length)
        {
            var used = _end - _start;
            var bigger = used * 2 > _buffer.Length ? new byte[_buffer.Length * 2] : _buffer;
            Buffer.BlockCopy(_buffer, _start, bigger, 0, used);
            _buffer = bigger;
            _start = 0;
            _end = used;
        }
        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        _end += read;
        return read;
    }
}
