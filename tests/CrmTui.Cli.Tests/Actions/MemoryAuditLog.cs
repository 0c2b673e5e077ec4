using CrmTui.Commands.Audit;

namespace CrmTui.Cli.Tests.Actions;

/// <summary>Keeps audit entries in memory, so verb tests never write the user's audit log.</summary>
internal sealed class MemoryAuditLog : IAuditLog
{
    private readonly List<AuditEntry> _entries = [];

    public IReadOnlyList<AuditEntry> Entries
    {
        get { lock (_entries) return [.. _entries]; }
    }

    public void Append(AuditEntry entry)
    {
        lock (_entries) _entries.Add(entry);
    }
}
