using CrmTui.Commands;
using CrmTui.Transport;
using CrmTui.Tui.Input;
using CrmTui.Tui.Rendering;
using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Widgets;

/// <summary>
/// Draws a <see cref="ConfirmDialogModel"/> centred over whatever is on the canvas. The commands are
/// shown exactly as they will run (argv, shell-quoted only for display by
/// <see cref="PosixArgvFormat"/>). Cluster strings are plain text: nothing passes through markup.
/// </summary>
public static class ConfirmDialog
{
    public static void Render(Canvas canvas, ConfirmDialogModel model, Glyphs glyphs, KeyMap keys)
    {
        // Wide enough for the commands on one line where the screen allows; never wider than 100.
        var longest = model.Commands.IsDefaultOrEmpty ? 0 : model.Commands.Max(c => CellWidth.Of(PosixArgvFormat.Format(c))) + 2;
        var boxWidth = Math.Min(canvas.Width - 4, Math.Clamp(longest + 4, 60, 100));
        var inner = Math.Max(1, boxWidth - 4);
        var lines = Lines(model, inner, glyphs, keys);
        var boxHeight = Math.Min(canvas.Height, lines.Count + 2);
        var box = canvas.Sub(new Rect(0, 0, canvas.Width, canvas.Height).Center(boxWidth, boxHeight));
        var danger = model.Danger == Danger.Destructive;
        var titleRole = danger ? StyleRole.Danger : StyleRole.DialogTitle;
        var content = Frame.Render(box, model.Title, StyleRole.Dialog, danger ? StyleRole.Danger : StyleRole.DialogBorder, titleRole, glyphs);
        for (var y = 0; y < lines.Count && y < content.Height; y++)
        {
            var line = lines[y];
            if (line.Prompt is { } prompt)
            {
                PromptLine.Render(content.Sub(new Rect(0, y, content.Width, 1)), prompt);
                continue;
            }
            content.Write(0, y, line.Span.Text, line.Span.Role);
        }
    }

    private sealed record Line(TextSpan Span, PromptState? Prompt = null);

    private static List<Line> Lines(ConfirmDialogModel model, int width, Glyphs glyphs, KeyMap keys)
    {
        var lines = new List<Line>();
        var confirm = keys.KeysFor(UiCommand.Confirm);
        var cancel = keys.KeysFor(UiCommand.Cancel);
        void Add(string text, StyleRole role)
        {
            foreach (var l in TextWrap.Lines(text, width))
            {
                lines.Add(new Line(new TextSpan(l, role)));
            }
        }
        void Blank() => lines.Add(new Line(new TextSpan("", StyleRole.Dialog)));

        Add(model.Description, StyleRole.Dialog);
        if (!model.Facts.IsDefaultOrEmpty)
        {
            Blank();
            foreach (var fact in model.Facts)
            {
                Add(fact.Text, fact.Role == StyleRole.Text ? StyleRole.Dialog : fact.Role);
            }
        }
        Blank();
        Add(model.Commands.Length == 1 ? "Runs:" : "Runs, in order:", StyleRole.Dim);
        foreach (var command in model.Commands)
        {
            Add("$ " + PosixArgvFormat.Format(command), StyleRole.DialogTitle);
        }
        Blank();
        if (model.TypeToConfirm is { } expected)
        {
            Add($"{glyphs.Warning} {DangerText(model.Danger)}. Type {expected} to confirm:", StyleRole.Danger);
            lines.Add(new Line(default, model.Typed ?? PromptState.Start("> ")));
            if (model.Error is { } error)
            {
                Add(error, StyleRole.Error);
            }
            Blank();
            Add(model.CanConfirm ? $"enter confirm   {cancel} cancel" : $"{cancel} cancel", StyleRole.KeyHint);
        }
        else
        {
            if (model.Error is { } error)
            {
                Add(error, StyleRole.Error);
                Blank();
            }
            Add($"{confirm} confirm   {cancel} cancel", StyleRole.KeyHint);
        }
        return lines;
    }

    private static string DangerText(Danger danger) => danger switch
    {
        Danger.Destructive => "This cannot be undone",
        Danger.Disruptive => "This interrupts services",
        _ => "Safe",
    };
}
