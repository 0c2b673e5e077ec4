namespace CrmTui.Tui.Terminal;

/// <summary>Switching the tty between raw mode and the mode it had before (termios on Linux).</summary>
public interface IRawMode
{
    void Enter();

    /// <summary>Puts back the saved mode. Safe to call more than once, and before <see cref="Enter"/>.</summary>
    void Restore();
}
