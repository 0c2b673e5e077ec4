using CrmTui.Tui.Terminal;
using CrmTui.Tui.Tests.Support;

namespace CrmTui.Tui.Tests.Terminal;

public sealed class TerminalSessionTests
{
    private sealed class RecordingRawMode : IRawMode
    {
        public List<string> Calls { get; } = [];
        public bool FailRestore { get; init; }

        public void Enter() => Calls.Add("enter");

        public void Restore()
        {
            Calls.Add("restore");
            if (FailRestore)
            {
                throw new IOException("tty gone");
            }
        }
    }

    private sealed class BrokenTerminal : ITerminal
    {
        public bool Broken { get; set; }
        public TerminalSize Size => new(80, 24);
        public event EventHandler<TerminalSize>? Resized { add { } remove { } }
        public ValueTask<int> ReadAsync(Memory<byte> buffer, TimeSpan timeout, CancellationToken cancellationToken) => ValueTask.FromResult(0);

        public void Write(string text)
        {
            if (Broken)
            {
                throw new IOException("EPIPE");
            }
        }
    }

    [Fact]
    public void Begin_enters_raw_mode_and_the_alternate_screen_once()
    {
        var terminal = new FakeTerminal(80, 24);
        var raw = new RecordingRawMode();

        using var session = TerminalSession.Begin(terminal, raw, hookProcess: false);

        Assert.Equal(["enter"], raw.Calls);
        Assert.Equal([TerminalSession.EnterSequence], terminal.Writes);
        Assert.Contains("\e[?1049h", terminal.Output);
        Assert.Contains("\e[?25l", terminal.Output);
    }

    [Fact]
    public void Dispose_restores_screen_cursor_and_termios_exactly_once()
    {
        var terminal = new FakeTerminal(80, 24);
        var raw = new RecordingRawMode();
        var session = TerminalSession.Begin(terminal, raw, hookProcess: false);
        terminal.ClearOutput();

        session.Restore();
        session.Dispose();
        session.Dispose();

        Assert.Equal(["enter", "restore"], raw.Calls);
        Assert.Equal([TerminalSession.LeaveSequence], terminal.Writes);
        Assert.Contains("\e[?1049l", terminal.Output);
        Assert.Contains("\e[?25h", terminal.Output);
        Assert.Contains("\e[?1000l", terminal.Output);
        Assert.True(session.IsRestored);
    }

    [Fact]
    public void A_failing_write_does_not_skip_the_termios_restore()
    {
        var terminal = new BrokenTerminal();
        var raw = new RecordingRawMode();
        var session = TerminalSession.Begin(terminal, raw, hookProcess: false);
        terminal.Broken = true;

        session.Dispose();

        Assert.Equal(["enter", "restore"], raw.Calls);
    }

    [Fact]
    public void A_failing_termios_restore_does_not_throw_out_of_dispose()
    {
        var terminal = new FakeTerminal(80, 24);
        var raw = new RecordingRawMode { FailRestore = true };
        var session = TerminalSession.Begin(terminal, raw, hookProcess: false);

        var error = Record.Exception(session.Dispose);

        Assert.Null(error);
        Assert.Contains(TerminalSession.LeaveSequence, terminal.Output);
    }
}
