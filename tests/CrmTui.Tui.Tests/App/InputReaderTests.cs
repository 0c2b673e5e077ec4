using CrmTui.Tui.App;
using CrmTui.Tui.Terminal;
using CrmTui.Tui.Tests.Support;

namespace CrmTui.Tui.Tests.App;

public sealed class InputReaderTests
{
    [Fact]
    public async Task Bytes_become_key_messages_a_quiet_read_resolves_esc_and_end_of_input_quits()
    {
        // Given a terminal that sends a split sequence, an Alt-k (one write), a lone ESC then a digit, then closes
        var terminal = new FakeTerminal(80, 24);
        terminal.SendInput("j\e[");
        terminal.SendInput("6~\ek\e");
        terminal.SendInput("2");
        terminal.EndInput();
        var posted = new List<UiMessage>();

        // When the reader runs to the end of input
        await InputReader.RunAsync(terminal, posted.Add, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        // Then every key arrives in order; ESC and k in one read is Alt-k (a real terminal's meta key), an ESC
        // whose digit came in the next read is Esc then the digit, and EOF quits
        Assert.Equal([Key.Char('j'), Key.PageDown, Key.Parse("alt+k"), Key.Escape, Key.Char('2'), Key.Ctrl('c')], posted.Cast<KeyPressed>().Select(k => k.Key));
    }

    [Fact]
    public async Task A_lone_escape_followed_by_a_quiet_read_is_the_escape_key()
    {
        var terminal = new FakeTerminal(80, 24);
        terminal.SendInput("\e");
        terminal.SendInput([]);
        terminal.SendInput("q");
        terminal.EndInput();
        var posted = new List<UiMessage>();

        await InputReader.RunAsync(terminal, posted.Add, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([Key.Escape, Key.Char('q'), Key.Ctrl('c')], posted.Cast<KeyPressed>().Select(k => k.Key));
    }

    [Fact]
    public async Task A_read_that_never_returns_does_not_hold_up_the_way_out()
    {
        // Given a terminal whose read blocks for good and ignores cancellation (a blocking read begun after
        // the signal handler put the terminal back in cooked mode waits for a whole line)
        var terminal = new StuckTerminal();
        using var stop = new CancellationTokenSource();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // When the UI loop ends at once (a signal)
        await InputReader.RunWithLoopAsync(terminal, _ => { }, async _ =>
        {
            await terminal.Reading.WaitAsync(TimeSpan.FromSeconds(10));
        }, stop).WaitAsync(TimeSpan.FromSeconds(30));

        // Then the host went on after the reader's stop bound, not never
        Assert.True(clock.Elapsed < InputReader.ReaderStopTimeout + TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.True(stop.IsCancellationRequested);
    }

    private sealed class StuckTerminal : ITerminal
    {
        private readonly TaskCompletionSource _reading = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TerminalSize Size => new(80, 24);

        public Task Reading => _reading.Task;

        public event EventHandler<TerminalSize>? Resized
        {
            add { }
            remove { }
        }

        public void Write(string text)
        {
        }

        public ValueTask<int> ReadAsync(Memory<byte> buffer, TimeSpan timeout, CancellationToken cancellationToken)
        {
            _reading.TrySetResult();
            return new ValueTask<int>(new TaskCompletionSource<int>().Task);
        }
    }
}
