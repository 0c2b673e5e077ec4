namespace CrmTui.Config;

/// <summary>One problem in a configuration file, printed as <c>file:line:col: message</c>.</summary>
public sealed record ConfigError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
