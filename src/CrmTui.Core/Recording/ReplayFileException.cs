namespace CrmTui.Core.Recording;

/// <summary>A file that cannot be replayed at all (not gzip, not a recording or snapshot bundle, no
/// usable header). Problems with single records are reported without throwing.</summary>
public sealed class ReplayFileException(string message, Exception? inner = null) : Exception(message, inner);
