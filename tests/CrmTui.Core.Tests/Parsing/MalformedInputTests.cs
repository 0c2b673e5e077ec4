using CrmTui.Core.Parsing;

namespace CrmTui.Core.Tests.Parsing;

public sealed class MalformedInputTests
{
    [Fact]
    public void A_broken_element_deep_in_the_tree_is_reported_with_line_column_and_path()
    {
        var xml = """
            <pacemaker-result>
              <resources>
                <clone id="a"><resource id="x"/></clone>
                <clone id="b">
                  <resource id="y" role="Started"
                </clone>
              </resources>
            </pacemaker-result>
            """;

        var error = Assert.Throws<CrmMonFormatException>(() => CrmMonXmlParser.Parse(xml));

        Assert.Equal("/pacemaker-result/resources/clone[2]", error.ElementPath);
        Assert.Equal(6, error.Line);
        Assert.True(error.Column > 0);
        Assert.Contains("line 6", error.Message);
        Assert.IsType<System.Xml.XmlException>(error.InnerException);
    }

    [Fact]
    public void An_error_inside_an_open_element_names_that_element()
    {
        var xml = "<pacemaker-result><resources><clone id=\"a\"/><clone id=\"b\"><resource id=\"y\">&bad;</resource></clone></resources></pacemaker-result>";

        var error = Assert.Throws<CrmMonFormatException>(() => CrmMonXmlParser.Parse(xml));

        Assert.Equal("/pacemaker-result/resources/clone[2]/resource", error.ElementPath);
        Assert.Equal(1, error.Line);
    }

    [Theory]
    [InlineData("<cib><status/></cib>", "the root element is <cib>, not <pacemaker-result>")]
    [InlineData("", "Root element is missing.")]
    [InlineData("   ", "Root element is missing.")]
    public void A_document_that_is_not_crm_mon_output_is_refused(string xml, string reason)
    {
        var error = Assert.Throws<CrmMonFormatException>(() => CrmMonXmlParser.Parse(xml));

        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public void A_dtd_is_refused_so_entities_cannot_expand()
    {
        var xml = "<!DOCTYPE pacemaker-result [<!ENTITY a \"aaaaaaaaaa\">]><pacemaker-result request=\"&a;\"/>";

        Assert.Throws<CrmMonFormatException>(() => CrmMonXmlParser.Parse(xml));
    }

    [Fact]
    public void Trailing_garbage_after_the_document_is_an_error()
    {
        var error = Assert.Throws<CrmMonFormatException>(() => CrmMonXmlParser.Parse("<pacemaker-result/><more/>"));

        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void A_stream_that_fails_while_reading_is_reported_as_a_format_error()
    {
        var error = Assert.Throws<CrmMonFormatException>(() => CrmMonXmlParser.Parse(new FailingStream()));

        Assert.Contains("disk on fire", error.ToString());
    }

    private sealed class FailingStream : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("disk on fire");

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
