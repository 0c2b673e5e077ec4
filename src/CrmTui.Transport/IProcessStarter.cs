namespace CrmTui.Transport;

/// <summary>
/// Starts a command and hands over its pipes for a conversation (requests written to its standard
/// input, answers read from its output as they come) instead of waiting for it to end. The local
/// runner implements it; the ssh runner uses it to keep one remote session per repeated command.
/// </summary>
public interface IProcessStarter
{
    /// <summary>
    /// Starts <paramref name="command"/> (its <see cref="CommandLine.Timeout"/> and
    /// <see cref="CommandLine.StandardInput"/> do not apply: the caller owns the pipes and decides
    /// when to stop it). Throws <see cref="TransportException"/> when it cannot be started.
    /// </summary>
    RunningProcess Start(CommandLine command);
}
