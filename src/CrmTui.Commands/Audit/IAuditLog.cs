namespace CrmTui.Commands.Audit;

/// <summary>Where the executor records every command it runs.</summary>
public interface IAuditLog
{
    /// <summary>Appends one entry. Throws <see cref="IOException"/> or
    /// <see cref="UnauthorizedAccessException"/> when the log cannot be written.</summary>
    void Append(AuditEntry entry);
}
