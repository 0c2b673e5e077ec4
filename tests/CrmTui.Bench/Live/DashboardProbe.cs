using System.Diagnostics;
using System.Text;
using CrmTui.Commands.Watch;
using CrmTui.Tui.App;
using CrmTui.Tui.Rendering;
using CrmTui.Tui.Terminal;

namespace CrmTui.Bench.Live;

/// <summary>
/// What the dashboard would show: every watcher update goes through the dashboard's own
/// <see cref="Update.Apply"/> and <see cref="Screens.Render"/> into a cell buffer, and the time the
/// rendered text first matches a condition is noted (the terminal write itself is left out: the
/// tui-frame bench measures it, under 2 ms).
/// </summary>
internal sealed class DashboardProbe(int width = 160, int height = 48)
{
    private readonly object _gate = new();
    private readonly ScreenBuffer _buffer = new(width, height);
    private UiState _state = new() { Size = new TerminalSize(width, height), Now = DateTimeOffset.UtcNow };
    private string _text = "";
    private long _changedAt;

    public long Updates { get; private set; }

    public void Receive(WatchUpdate update)
    {
        lock (_gate)
        {
            _state = Update.Apply(_state with { Now = update.At }, WatchMessages.From(update), UiContext.Default).State;
            Screens.Render(_state, _buffer, UiContext.Default);
            var text = Text();
            if (text != _text)
            {
                _text = text;
                _changedAt = Stopwatch.GetTimestamp();
            }
            Updates++;
        }
    }

    /// <summary>The screen text and the timestamp at which it last changed.</summary>
    public (string Text, long ChangedAt) Screen
    {
        get { lock (_gate) return (_text, _changedAt); }
    }

    private string Text()
    {
        var text = new StringBuilder();
        for (var y = 0; y < _buffer.Height; y++)
        {
            foreach (var cell in _buffer.Row(y))
                text.Append(cell.Glyph);
            text.Append('\n');
        }
        return text.ToString();
    }
}
