using CrmTui.Core.Recording;

namespace CrmTui.Cli.Verbs;

/// <summary>Creates a recording for <c>crmtui record FILE</c> and the dashboard's <c>--record FILE</c>:
/// never over an existing file; when it cannot be created, says why on stderr (prefixed with
/// <c>who</c>: <c>crmtui record</c>, <c>crmtui</c>) and returns null.</summary>
public static class RecordingFile
{
    public static async Task<RecordingWriter?> CreateAsync(string path, RecordingHeader header, string who, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            return RecordingWriter.Create(path, header);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await error.WriteLineAsync(File.Exists(path)
                ? $"{who}: {path} exists; a recording is never overwritten: choose another name"
                : $"{who}: cannot create {path}: {e.Message}").ConfigureAwait(false);
            return null;
        }
    }
}
