using System.Text;

namespace CrmTui.Cli.Output;

/// <summary>Builds crm_mon-style text: headings, blank lines between sections, <c>  * </c> items indented two spaces a level.</summary>
internal sealed class TextBlock
{
    private readonly StringBuilder _text = new();

    public void Heading(string title) => _text.Append(title).Append('\n');

    public void Section(string title)
    {
        Blank();
        Heading(title);
    }

    public void Blank() => _text.Append('\n');

    public void Line(string line) => _text.Append(line).Append('\n');

    public void Item(int depth, string line) => _text.Append(' ', depth * 2).Append("* ").Append(line).Append('\n');

    public override string ToString() => _text.ToString();
}
