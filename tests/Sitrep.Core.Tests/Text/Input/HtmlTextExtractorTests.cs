using Sitrep.Core.Text.Input;

namespace Sitrep.Core.Tests.Text.Input;

/// The simple pass that turns the readability library's output and feed items into text, and reads pages the
/// library cannot.
public class HtmlTextExtractorTests
{
    static readonly HtmlTextExtractor Extractor = HtmlTextExtractor.CreateDefault();

    public static TheoryData<string, string> TextCases => new()
    {
        { "<p>Two   soldiers\n were   killed.</p>", "Two soldiers were killed." },
        { "<h1>Blast in Kabul</h1><p>A bomb exploded.</p><p>Police said so.</p>", "Blast in Kabul\nA bomb exploded.\nPolice said so." },
        { "<p>Line one<br>line two<br/>line three</p>", "Line one\nline two\nline three" },
        { "<p>Troops <b>entered</b> <a href=\"/x\">Raqqa</a>.</p>", "Troops entered Raqqa." },
        { "<p>Fish &amp; chips &lt;3 &quot;q&quot; &#8212; &eacute;t&eacute;&nbsp;2016</p>", "Fish & chips <3 \"q\" — été 2016" },
        { "<script>var p = '<p>not text</p>';</script><style>p { color: red }</style><p>Visible.</p>", "Visible." },
        { "<p>Before<!-- a <p>comment</p> -->after.</p>", "Beforeafter." },
        { "<head><title>Site | Story</title></head><body><p>Body only.</p></body>", "Body only." },
        { "<p>3 < 5 and 7 > 2</p>", "3 < 5 and 7 > 2" },
        { "<ul><li>Aden</li><li>Taiz</li></ul>", "Aden\nTaiz" },
        { "<table><tr><td>Killed</td><td>12</td></tr></table>", "Killed\n12" },
        { "<SCRIPT type=\"text/javascript\">x = 1;</SCRIPT><P>Upper-case tags.</P>", "Upper-case tags." },
        { "<p title='a > b'>Quoted attribute with a bracket.</p>", "Quoted attribute with a bracket." },
        { "<script>document.write('</scripts>')</script><p>After.</p>", "After." },
        { "<p>Unclosed script follows.</p><script>never closed", "Unclosed script follows." },
    };

    [Theory, MemberData(nameof(TextCases))]
    public void ToText_HtmlFragment_VisibleTextAsLines(string html, string text) =>
        Assert.Equal(text, Extractor.ToText(html));

    public static TheoryData<string, int> DepthCases => new()
    {
        { "<p>flat</p>", 0 },
        { "<div><div><span>x</span></div></div>", 3 },
        { "<ul><li>one<li>two<li>three</ul>", 1 }, // optional end tags are not counted
        { "<div><br><img src=x><hr/><input></div>", 1 }, // nor void elements
        { "<div></div><div></div><div></div>", 1 },
        { "</div></div><div>x", 1 },
    };

    [Theory, MemberData(nameof(DepthCases))]
    public void Extract_Nesting_DepthCountsElementsThatMustClose(string html, int depth) =>
        Assert.Equal(depth, Extractor.Extract(html).Depth);

    [Fact]
    public void Extract_Page_TitleFromTheTitleElement() =>
        Assert.Equal("Site | Story", Extractor.Extract("<title> Site |\n Story </title><p>x</p>").Title);
}
