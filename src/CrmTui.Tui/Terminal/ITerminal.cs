namespace CrmTui.Tui.Terminal;

/// <summary>
/// The byte streams and size of a terminal. <see cref="AnsiTerminal"/> is the real one; tests use
/// a fake that only records bytes and scripts input, so the real decoder and renderer always run.
/// </summary>
public interface ITerminal
{
    TerminalSize Size { get; }

    /// <summary>Raised (on any thread) after the terminal changed size; the UI loop posts a message.</summary>
    event EventHandler<TerminalSize>? Resized;

    /// <summary>Writes a complete frame or control sequence. One call = one write to the terminal.</summary>
    void Write(string text);

    /// <summary>
    /// Reads available input bytes; returns 0 when <paramref name="timeout"/> passed with no input
    /// (the decoder then resolves a lone Esc). Returns -1 at end of input.
    /// </summary>
    ValueTask<int> ReadAsync(Memory<byte> buffer, TimeSpan timeout, CancellationToken cancellationToken);
}
