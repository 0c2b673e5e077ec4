namespace CrmTui.Core.Recording;

/// <summary>gzip's two magic bytes (RFC 1952): recordings and snapshot bundles both start with them.</summary>
internal static class GzipMagic
{
    /// <summary>Whether the stream starts with the magic; the stream is put back where it was.</summary>
    public static bool Matches(Stream stream)
    {
        var position = stream.Position;
        Span<byte> magic = stackalloc byte[2];
        var read = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        stream.Position = position;
        return read == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }
}
