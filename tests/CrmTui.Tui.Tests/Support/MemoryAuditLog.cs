using CrmTui.Commands.Audit;

namespace CrmTui.Tui.Tests.Support;

public sealed class MemoryAuditLog : IAuditLog
{
    private readonly List<AuditEntry> _entries = [];

    public IReadOnlyList<AuditEntry> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public void Append(AuditEntry entry)
    {
        lock (_entries)
        {
            _entries.Add(entry);
        }
    }
}
