using System.Text;

namespace CrmTui.Transport;

/// <summary>The last few KB of a long-lived command's stderr: enough to say why it ended, bounded
/// however long it runs. Thread-safe.</summary>
internal sealed class StderrTail(int limit = 4096)
{
    private readonly object _gate = new();
    private readonly StringBuilder _text = new();

    public string Text
    {
        get { lock (_gate) return _text.ToString(); }
    }

    public void Add(string line)
    {
        lock (_gate)
        {
            _text.Append(line).Append('\n');
            if (_text.Length > limit)
                _text.Remove(0, _text.Length - limit);
        }
    }
}
