namespace CrmTui.Transport;

/// <summary>Why a command could not be run or did not finish.</summary>
public enum TransportFailure
{
    /// <summary>The program (or ssh itself) does not exist.</summary>
    ProgramNotFound,
    /// <summary>The command ran past its timeout and was killed with its process group.</summary>
    Timeout,
    /// <summary>TCP connection refused or host unreachable.</summary>
    ConnectionFailed,
    /// <summary>The host key is unknown or changed.</summary>
    HostKeyRejected,
    /// <summary>Login refused (no usable key, BatchMode).</summary>
    AuthenticationFailed,
    /// <summary>sudo wanted a password.</summary>
    SudoNeedsPassword,
    /// <summary>Anything else ssh reported as its own failure (exit 255).</summary>
    SshError,
    /// <summary>A bad request: a host name starting with '-', an empty argv.</summary>
    InvalidRequest,
}
