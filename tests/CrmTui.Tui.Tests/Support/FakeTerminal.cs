using System.Text;
using CrmTui.Tui.Terminal;

namespace CrmTui.Tui.Tests.Support;

/// <summary>
/// A terminal that is only byte streams and a size: writes are recorded, input is scripted.
/// Everything above it (InputDecoder, ScreenRenderer, SgrCache) is the real code.
/// </summary>
public sealed class FakeTerminal(int width, int height) : ITerminal
{
    private readonly Queue<byte[]> _input = new();
    private readonly List<string> _writes = [];
    private bool _ended;

    public TerminalSize Size { get; private set; } = new(width, height);

    public event EventHandler<TerminalSize>? Resized;

    /// <summary>Every Write call, in order (one per frame when the renderer behaves).</summary>
    public IReadOnlyList<string> Writes => _writes;

    public string Output => string.Concat(_writes);

    public long BytesWritten { get; private set; }

    public void Write(string text)
    {
        _writes.Add(text);
        BytesWritten += Encoding.UTF8.GetByteCount(text);
    }

    public void ClearOutput()
    {
        _writes.Clear();
        BytesWritten = 0;
    }

    /// <summary>Queues bytes as one read (a sequence split across reads needs two calls).</summary>
    public void SendInput(params byte[] bytes) => _input.Enqueue(bytes);

    public void SendInput(string text) => _input.Enqueue(Encoding.UTF8.GetBytes(text));

    /// <summary>After the queued input, reads report end of input (-1), as a closed tty does.</summary>
    public void EndInput() => _ended = true;

    public void Resize(int w, int h)
    {
        Size = new TerminalSize(w, h);
        Resized?.Invoke(this, Size);
    }

    /// <summary>Returns the next scripted read, or 0 (the timeout) when nothing is queued; never waits.</summary>
    public ValueTask<int> ReadAsync(Memory<byte> buffer, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!_input.TryDequeue(out var bytes))
        {
            return ValueTask.FromResult(_ended ? -1 : 0);
        }
        var n = Math.Min(bytes.Length, buffer.Length);
        bytes.AsSpan(0, n).CopyTo(buffer.Span);
        if (n < bytes.Length)
        {
            // Put the rest back at the front: re-queue ahead of the others.
            var rest = bytes[n..];
            var others = _input.ToArray();
            _input.Clear();
            _input.Enqueue(rest);
            foreach (var o in others)
            {
                _input.Enqueue(o);
            }
        }
        return ValueTask.FromResult(n);
    }
}
