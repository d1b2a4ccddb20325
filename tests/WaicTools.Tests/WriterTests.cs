using System.Text;
using WaicTools.Data;
using Xunit;
using WaicTools.Model;

namespace WaicTools.Tests;

public class WriterTests
{
    [Fact]
    public void WritingWhatWasReadGivesTheSameFilesAgain()
    {
        var first = DatasetWriter.Serialize(DatasetLoader.LoadEmbedded());
        var reread = DatasetLoader.Parse(first.Where(f => !f.File.StartsWith("schema/")));
        var second = DatasetWriter.Serialize(reread);

        Assert.Equal(first.Select(f => f.File), second.Select(f => f.File));
        foreach (var ((file, a), (_, b)) in first.Zip(second))
        {
            Assert.True(a.SequenceEqual(b), $"{file} differs after a round trip");
        }
    }

    [Fact]
    public void EveryFigureKeepsItsSourcesConfidenceAndAlternatives()
    {
        var clusters = Encoding.UTF8.GetString(DatasetWriter.Serialize(DatasetLoader.LoadEmbedded())
            .Single(f => f.File == "clusters.json").Utf8);

        Assert.Contains("\"$schema\": \"schema/waic-dataset.schema.json\"", clusters);
        Assert.Contains("\"value\": 559", clusters);
        Assert.Contains("\"value\": 600", clusters);
        Assert.Contains("\"confidence\": \"Medium\"", clusters);
        Assert.Contains("昇腾384超节点", clusters);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void WritingDoesNotDependOnCulture(string culture)
    {
        var invariant = DatasetWriter.Serialize(DatasetLoader.LoadEmbedded());
        var local = TestData.InCulture(culture, () => DatasetWriter.Serialize(DatasetLoader.LoadEmbedded()));

        Assert.All(invariant.Zip(local), pair => Assert.True(pair.First.Utf8.SequenceEqual(pair.Second.Utf8), pair.First.File));
    }
}
