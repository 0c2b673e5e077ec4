namespace CrmTui.Transport;

/// <summary>A command could not be run at all, or did not finish in time.</summary>
public sealed class TransportException : Exception
{
    public TransportException(TransportFailure failure, string target, string message, Exception? inner = null)
        : base(message, inner)
    {
        Failure = failure;
        Target = target;
    }

    public TransportFailure Failure { get; }

    /// <summary>The runner's target ("local", "ssh node1") the failure happened on.</summary>
    public string Target { get; }
}
