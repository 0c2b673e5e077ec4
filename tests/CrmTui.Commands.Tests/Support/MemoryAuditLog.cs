using CrmTui.Commands.Audit;

namespace CrmTui.Commands.Tests.Support;

internal sealed class MemoryAuditLog : IAuditLog
{
    public List<AuditEntry> Entries { get; } = [];

    public Exception? FailWith { get; set; }

    public void Append(AuditEntry entry)
    {
        if (FailWith is not null)
            throw FailWith;
        Entries.Add(entry);
    }
}
