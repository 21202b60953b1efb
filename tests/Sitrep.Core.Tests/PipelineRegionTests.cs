using Sitrep.Core.Events;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests;

/// Regions that belong to no single country flow through the whole pipeline.
public class PipelineRegionTests
{
    static readonly Pipeline Pipeline = Pipeline.CreateDefault();

    [Theory]
    [InlineData("Militants ambushed a patrol in the Sahel on Monday, killing four soldiers.")]
    [InlineData("European officials condemned the air strike, which killed 12 people in the Middle East.")]
    public void Run_EventPlacedInARegionAcrossBorders_IsCodedWithoutACountryOfItsOwn(string text)
    {
        var result = Pipeline.Run(new Article("r1", text, new DateOnly(2020, 3, 3)));

        var e = Assert.Single(result.Events, x => x.Kind == RecordKind.Event);
        Assert.NotNull(e.EventType);
        Assert.All(new[] { e.Actor1, e.Actor2 }.Where(a => a is not null), a => Assert.NotEqual("", a!.Country));
    }
}
