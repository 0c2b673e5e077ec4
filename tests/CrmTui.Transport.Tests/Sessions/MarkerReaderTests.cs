using System.Text;
using CrmTui.Transport;

namespace CrmTui.Transport.Tests.Sessions;

public sealed class MarkerReaderTests
{
    private static readonly byte[] s_marker = "\n<END>"u8.ToArray();

    // A stream that hands out at most a few bytes per read, so markers straddle reads.
    private sealed class TrickleStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(chunk, buffer.Length)], cancellationToken);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4096)]
    public async Task Pieces_come_back_exact_whatever_the_reads_cut(int chunk)
    {
        var reader = new MarkerReader(new TrickleStream(Encoding.UTF8.GetBytes("first\n<END>\n<EN\nsecond ünï\n<END>\n<END>tail"), chunk));

        Assert.Equal("first", Encoding.UTF8.GetString(await reader.ReadUntilAsync(s_marker, default)));
        Assert.Equal("\n<EN\nsecond ünï", Encoding.UTF8.GetString(await reader.ReadUntilAsync(s_marker, default)));
        Assert.Equal("", Encoding.UTF8.GetString(await reader.ReadUntilAsync(s_marker, default)));
        await Assert.ThrowsAsync<EndOfStreamException>(() => reader.ReadUntilAsync(s_marker, default));
        Assert.Equal("tail", Encoding.UTF8.GetString(reader.Pending));
    }

    [Fact]
    public async Task A_piece_larger_than_the_buffer_grows_it()
    {
        var big = new string('x', 100_000);
        var reader = new MarkerReader(new TrickleStream(Encoding.ASCII.GetBytes(big + "\n<END>"), 7000));

        Assert.Equal(big, Encoding.ASCII.GetString(await reader.ReadUntilAsync(s_marker, default)));
    }

    [Fact]
    public async Task The_end_of_the_stream_before_a_marker_is_an_error_and_what_came_stays_pending()
    {
        var reader = new MarkerReader(new MemoryStream("no marker here"u8.ToArray()));

        await Assert.ThrowsAsync<EndOfStreamException>(() => reader.ReadUntilAsync(s_marker, default));
        Assert.Equal("no marker here", Encoding.ASCII.GetString(reader.Pending));
    }

    [Fact]
    public async Task More_than_the_limit_without_a_marker_is_refused()
    {
        var reader = new MarkerReader(new MemoryStream(new byte[100_000]), limit: 50_000);

        await Assert.ThrowsAsync<InvalidDataException>(() => reader.ReadUntilAsync(s_marker, default));
    }
}
