using Sitrep.Cli.Evaluation;
using Sitrep.Core.Text;

namespace Sitrep.Cli.Tests;

public sealed class GeoparseCorpusTests
{
    // Written for these tests; the layouts follow the public corpora, the texts are our own.
    const string Lgl = """
        <?xml version="1.0" encoding="utf-8"?>
        <articles>
          <article docid="7">
            <title>Flooding closes roads</title>
            <text><![CDATA[Flooding in Kunduz & Baghlan closed the road to Chahar Dara.]]></text>
            <toponyms count="3">
              <toponym>
                <start>12</start>
                <end>18</end>
                <phrase>Kunduz</phrase>
                <gaztag geonameid="1135689">
                  <name>Kunduz</name>
                  <fclass>P</fclass>
                  <fcode>PPLA</fcode>
                  <lat>36.72895</lat>
                  <lon>68.857</lon>
                </gaztag>
              </toponym>
              <toponym>
                <start>21</start>
                <end>28</end>
                <phrase>Baghlan</phrase>
                <gaztag geonameid="1147288">
                  <lat>36.13068</lat>
                  <lon>68.70829</lon>
                </gaztag>
              </toponym>
              <toponym>
                <start>48</start>
                <end>59</end>
                <phrase>Chahar Dara</phrase>
              </toponym>
            </toponyms>
          </article>
          <article docid="8">
            <text><![CDATA[Nothing here.]]></text>
            <toponyms count="0"/>
          </article>
        </articles>
        """;

    // The text has an entity before the place: offsets count the decoded character, as in GeoWebNews.
    const string GeoWebNews = """
        <?xml version="1.0" ?>
        <articles>
          <article file="3">
            <title>Markets</title>
            <link>http://example.org/3</link>
            <text>Trade &amp; talks: Kenyan officials met in Mombasa, the city said.</text>
            <toponyms>
              <toponym>
                <extractedName>Mombasa</extractedName>
                <normalisedName>Mombasa</normalisedName>
                <type>Literal</type>
                <modifierType/>
                <nonLocational>No</nonLocational>
                <start>39</start>
                <end>46</end>
                <geonamesID>186301</geonamesID>
                <latitude>-4.05466</latitude>
                <longitude>39.66359</longitude>
              </toponym>
              <toponym>
                <extractedName>Kenyan</extractedName>
                <normalisedName>Kenya</normalisedName>
                <type>Non_Literal_Modifier</type>
                <modifierType>Adjective</modifierType>
                <nonLocational>No</nonLocational>
                <start>15</start>
                <end>21</end>
                <geonamesID>192950</geonamesID>
                <latitude>1</latitude>
                <longitude>38</longitude>
              </toponym>
              <toponym>
                <extractedName>city</extractedName>
                <normalisedName/>
                <type>Literal_Expression</type>
                <modifierType/>
                <nonLocational>No</nonLocational>
                <start>52</start>
                <end>56</end>
              </toponym>
              <toponym>
                <extractedName>Markets</extractedName>
                <normalisedName/>
                <type>Literal</type>
                <modifierType/>
                <nonLocational>No</nonLocational>
                <start>-9</start>
                <end>-2</end>
                <geonamesID/>
                <latitude>0</latitude>
                <longitude>0</longitude>
              </toponym>
            </toponyms>
          </article>
        </articles>
        """;

    static GeoparseCorpus Parse(string xml) => GeoparseCorpus.Parse(new StringReader(xml), "corpus.xml");

    [Fact]
    public void Parse_LglLayout_ReadsSpansCoordinatesAndIds()
    {
        var corpus = Parse(Lgl);

        Assert.Equal(GeoparseCorpus.LglLayout, corpus.Layout);
        Assert.Equal(2, corpus.Documents.Length);
        var article = corpus.Documents[0];
        Assert.Equal("7", article.Id);
        Assert.Equal(["Kunduz", "Baghlan", "Chahar Dara"], article.Toponyms.Select(t => t.Span.Of(article.Text)));
        Assert.Equal(1135689, article.Toponyms[0].GeonameId);
        Assert.Equal(36.72895, article.Toponyms[0].Latitude);
        Assert.Equal(68.70829, article.Toponyms[1].Longitude);
        Assert.False(article.Toponyms[2].HasCoordinates);
        Assert.Equal(3, corpus.ToponymCount);
        Assert.Equal(2, corpus.WithCoordinatesCount);
        Assert.Equal((0, 0), (corpus.SkippedSpans, corpus.MismatchedPhrases));
        Assert.Empty(corpus.Documents[1].Toponyms);
    }

    [Fact]
    public void Parse_GeoWebNewsLayout_KeepsToponymClassesAndSetsTheRestAside()
    {
        var corpus = Parse(GeoWebNews);

        Assert.Equal(GeoparseCorpus.GeoWebNewsLayout, corpus.Layout);
        var article = Assert.Single(corpus.Documents);
        Assert.Equal("3", article.Id);
        Assert.StartsWith("Trade & talks", article.Text, StringComparison.Ordinal);
        // In text order, and the offsets index the decoded text ("&amp;" is one character).
        Assert.Equal(["Kenyan", "Mombasa"], article.Toponyms.Select(t => t.Span.Of(article.Text)));
        Assert.Equal(["Non_Literal_Modifier", "Literal"], article.Toponyms.Select(t => t.Kind));
        Assert.Equal(186301, article.Toponyms[1].GeonameId);
        Assert.Equal(-4.05466, article.Toponyms[1].Latitude);
        var other = Assert.Single(article.NonToponyms);
        Assert.Equal(("Literal_Expression", "city"), (other.Kind, other.Span.Of(article.Text)));
        Assert.Equal(1, corpus.SkippedSpans); // the headline span with negative offsets
        Assert.Equal(0, corpus.MismatchedPhrases);
    }

    [Fact]
    public void Parse_PhraseNotAtItsOffsets_IsCountedAsMismatched()
    {
        var corpus = Parse(Lgl.Replace("<start>12</start>", "<start>11</start>", StringComparison.Ordinal));

        Assert.Equal(1, corpus.MismatchedPhrases);
    }

    public static TheoryData<string, string> BadCorpora => new()
    {
        { "<articles><article><text>x</text>", "not well-formed XML" },
        { "<articles><article><text>Plain text.</text></article></articles>", "no <toponym> elements" },
        { "<articles><article><text>x</text><toponyms><toponym><start>0</start></toponym></toponyms></article></articles>", "neither <phrase>" },
        { GeoWebNews.Replace("<type>Literal</type>", "<type>Planet</type>", StringComparison.Ordinal), "toponym type is \"Planet\"" },
        { Lgl.Replace("<start>21</start>", "<start>twenty</start>", StringComparison.Ordinal), "<start> is \"twenty\"" },
        { Lgl.Replace("<lat>36.13068</lat>", "<lat>north</lat>", StringComparison.Ordinal), "<lat> is \"north\"" },
    };

    [Theory, MemberData(nameof(BadCorpora))]
    public void Parse_BadCorpus_NamesTheProblem(string xml, string problem)
    {
        var error = Assert.Throws<BadInputException>(() => Parse(xml));

        Assert.StartsWith("corpus.xml", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadValue_NamesItsLine()
    {
        var error = Assert.Throws<BadInputException>(() => Parse(Lgl.Replace("<start>21</start>", "<start>x</start>", StringComparison.Ordinal)));

        var line = Lgl.Split('\n').ToList().FindIndex(l => l.Contains("<start>21</start>", StringComparison.Ordinal)) + 1;
        Assert.Equal(line, error.Line);
    }
}
