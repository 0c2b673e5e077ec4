using CrmTui.Tui.Terminal;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Tests.Widgets;

public sealed class PromptStateTests
{
    private static PromptState Type(PromptState state, params Key[] keys)
    {
        foreach (var key in keys)
        {
            state = state.Apply(key).State;
        }
        return state;
    }

    private static Key[] Chars(string s) => [.. s.Select(Key.Char)];

    [Fact]
    public void Typing_inserts_at_the_cursor()
    {
        var state = Type(PromptState.Start("/"), [.. Chars("alph"), Key.Left, Key.Left, .. Chars("X")]);

        Assert.Equal("alXph", state.Text);
        Assert.Equal(3, state.Cursor);
    }

    [Fact]
    public void Backspace_and_delete_remove_around_the_cursor()
    {
        var state = Type(PromptState.Start("/", "abcd"), Key.Backspace, Key.Home, Key.Delete);

        Assert.Equal("bc", state.Text);
        Assert.Equal(0, state.Cursor);
    }

    [Fact]
    public void Ctrl_w_deletes_the_word_before_the_cursor_and_ctrl_u_the_whole_start()
    {
        Assert.Equal("resource ", Type(PromptState.Start(":", "resource web-vip"), Key.Ctrl('w')).Text);
        Assert.Equal("", Type(PromptState.Start(":", "resource web-vip"), Key.Ctrl('u')).Text);
        Assert.Equal("res", Type(PromptState.Start(":", "resource"), Key.Home, Key.Right, Key.Right, Key.Right, Key.Ctrl('k')).Text);
    }

    [Fact]
    public void A_wide_or_accented_character_is_one_cursor_step()
    {
        var state = Type(PromptState.Start("/", "节é"), Key.Backspace);

        Assert.Equal("节", state.Text);
        Assert.Equal(1, state.Cursor);
    }

    [Fact]
    public void Enter_submits_and_escape_cancels()
    {
        var prompt = PromptState.Start("/", "web");

        Assert.Equal(PromptOutcome.Submitted, prompt.Apply(Key.Enter).Outcome);
        Assert.Equal(PromptOutcome.Cancelled, prompt.Apply(Key.Escape).Outcome);
        Assert.Equal(PromptOutcome.Editing, prompt.Apply(Key.Char('x')).Outcome);
    }

    [Fact]
    public void Editing_keys_at_the_edges_do_nothing()
    {
        var empty = PromptState.Start("/");

        Assert.Equal(empty, Type(empty, Key.Backspace, Key.Delete, Key.Left, Key.Parse("f5")));
    }
}
