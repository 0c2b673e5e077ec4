using System.Collections.Immutable;
using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace CrmTui.Core.Recording;

/// <summary>
/// A snapshot bundle on disk: a gzip-compressed tar (unpack with <c>tar xzf</c>) of one directory,
/// <c>crmtui-snapshot/</c>, holding <c>manifest.json</c> (time, serving host, and per part its
/// command, exit code and failure) and each part's output under its own name
/// (<c>crm_mon.xml</c>, <c>cib.xml</c> …), plus <c>NAME.stderr</c> where a command wrote to stderr.
/// Layout: docs/record-replay.md.
/// </summary>
public static class IncidentBundleFile
{
    public const string FormatName = "crmtui-snapshot";
    public const int Version = 1;
    public const string Directory = "crmtui-snapshot/";
    public const string Manifest = "manifest.json";

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the bundle to <paramref name="path"/>; an existing file is never overwritten (IOException).</summary>
    public static void Write(string path, IncidentBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        using var gzip = new GZipStream(file, CompressionLevel.Optimal);
        using var tar = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: true);
        Add(tar, Manifest, ManifestJson(bundle), bundle.Time);
        foreach (var part in bundle.Parts)
        {
            Add(tar, part.File, part.Stdout, bundle.Time);
            if (part.Stderr.Length > 0)
                Add(tar, part.StderrFile, part.Stderr, bundle.Time);
        }
    }

    /// <summary>Whether a decompressed stream's first block is a tar header (ustar magic at 257).</summary>
    public static bool LooksLikeTar(ReadOnlySpan<byte> firstBlock) =>
        firstBlock.Length >= 262 && firstBlock.Slice(257, 5).SequenceEqual("ustar"u8);

    /// <summary>Reads a bundle; throws <see cref="ReplayFileException"/> when it is not one.</summary>
    public static IncidentBundle Read(string path)
    {
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var tar = new TarReader(gzip);
            while (tar.GetNextEntry() is { } entry)
            {
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null
                    || !entry.Name.StartsWith(Directory, StringComparison.Ordinal))
                    continue;
                using var reader = new StreamReader(entry.DataStream, s_utf8);
                members[entry.Name[Directory.Length..]] = reader.ReadToEnd();
            }
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or FormatException)
        {
            if (!members.ContainsKey(Manifest))
                throw new ReplayFileException($"not a readable crmtui snapshot bundle: {e.Message}", e);
        }
        if (!members.TryGetValue(Manifest, out var manifest))
            throw new ReplayFileException($"not a crmtui snapshot bundle: no {Directory}{Manifest}");
        return FromManifest(manifest, members);
    }

    private static IncidentBundle FromManifest(string manifest, Dictionary<string, string> members)
    {
        try
        {
            using var document = JsonDocument.Parse(manifest);
            var root = document.RootElement;
            if (Text(root, "format") != FormatName)
                throw new ReplayFileException($"not a crmtui snapshot bundle: {Manifest} is not a {FormatName} manifest");
            var parts = ImmutableArray.CreateBuilder<IncidentPart>();
            foreach (var p in root.GetProperty("parts").EnumerateArray())
            {
                var name = Text(p, "name") ?? "";
                var fileName = Text(p, "file") ?? name;
                var exit = p.TryGetProperty("exit_code", out var x) && x.ValueKind == JsonValueKind.Number ? x.GetInt32() : (int?)null;
                parts.Add(new IncidentPart(name, fileName, Text(p, "command") ?? "", exit,
                    members.GetValueOrDefault(fileName, ""), members.GetValueOrDefault(name + ".stderr", ""), Text(p, "failure")));
            }
            var time = DateTimeOffset.TryParse(Text(root, "time"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var t) ? t : DateTimeOffset.MinValue;
            return new IncidentBundle(time, Text(root, "host") ?? "", Text(root, "source") ?? "", Text(root, "crmtui_version") ?? "", parts.ToImmutable());
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new ReplayFileException($"the snapshot bundle's {Manifest} is not valid: {e.Message}", e);
        }
    }

    private static string ManifestJson(IncidentBundle bundle)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("format", FormatName);
            json.WriteNumber("version", Version);
            json.WriteString("time", bundle.Time.ToString("o", CultureInfo.InvariantCulture));
            json.WriteString("host", bundle.Host);
            json.WriteString("source", bundle.Source);
            json.WriteString("crmtui_version", bundle.CrmtuiVersion);
            json.WriteStartArray("parts");
            foreach (var part in bundle.Parts)
            {
                json.WriteStartObject();
                json.WriteString("name", part.Name);
                json.WriteString("file", part.File);
                json.WriteString("command", part.Command);
                if (part.ExitCode is { } code)
                    json.WriteNumber("exit_code", code);
                else
                    json.WriteNull("exit_code");
                json.WriteBoolean("ok", part.Succeeded);
                if (part.Failure is { } failure)
                    json.WriteString("failure", failure);
                else
                    json.WriteNull("failure");
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return s_utf8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Add(TarWriter tar, string name, string content, DateTimeOffset time)
    {
        var entry = new PaxTarEntry(TarEntryType.RegularFile, Directory + name)
        {
            DataStream = new MemoryStream(s_utf8.GetBytes(content)),
            Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead,
            ModificationTime = time,
        };
        tar.WriteEntry(entry);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
