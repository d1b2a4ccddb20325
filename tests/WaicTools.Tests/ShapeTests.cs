using WaicTools.Data;
using WaicTools.Model;
using Xunit;

namespace WaicTools.Tests;

/// <summary>Records keep only the values present; what a record leaves out reads as absent, whatever else is there.</summary>
public class ShapeTests
{
    [Fact]
    public void EachSlotReadsBackWhatWasGivenAndEmptySlotsReadAsNull()
    {
        var values = new object?[] { "a", null, "c", null, null, 5.0 };

        var kept = Shape.Pack(values, out var shape);

        Assert.Equal(new object?[] { "a", "c", 5.0 }, kept);
        Assert.Equal(new[] { 0, -1, 1, -1, -1, 2 }, Enumerable.Range(0, values.Length).Select(shape.IndexOf));
    }

    [Fact]
    public void ItemsWithTheSameFieldsPresentShareOneShapeAndTheGivenArrayIsNotKept()
    {
        var first = new object?[] { "a", null, "c" };
        var kept = Shape.Pack(first, out var one);
        first[0] = "changed";
        Shape.Pack(new object?[] { "x", null, "y" }, out var two);
        Shape.Pack(new object?[] { "x", "y", null }, out var three);

        Assert.Same(one, two);
        Assert.NotSame(one, three);
        Assert.Equal("a", kept[0]);
    }

    [Fact]
    public void AnItemWithNothingPresentKeepsNoArrayOfItsOwn()
    {
        var kept = Shape.Pack(new object?[4], out var shape);

        Assert.Empty(kept);
        Assert.Same(Array.Empty<object?>(), kept);
        Assert.All(Enumerable.Range(0, 4), slot => Assert.Equal(-1, shape.IndexOf(slot)));
    }

    [Fact]
    public void MoreSlotsThanAMaskHoldsAreAllKept()
    {
        var values = Enumerable.Range(0, 70).Select(i => i % 3 == 0 ? (object?)i : null).ToArray();

        var kept = Shape.Pack(values, out var shape);

        Assert.Equal(70, kept.Length);
        Assert.All(Enumerable.Range(0, 70), slot => Assert.Equal(values[slot], kept[shape.IndexOf(slot)]));
    }

    [Fact]
    public void RecordsThatLeaveOutDifferentFieldsReadEveryDeclaredFieldAsWritten()
    {
        var data = DatasetLoader.LoadEmbedded();

        // The embedded systems leave out different figures; each field reads back what the writer writes.
        Assert.True(data.Clusters.Select(c => RecordSchemas.Clusters.Fields.Count(f => f.Get(c) is null)).Distinct().Count() > 1);
        var cm384 = data.FindCluster("CloudMatrix 384")!;
        Assert.Equal(384, cm384.ChipCount!.Value);
        Assert.Equal("huawei", cm384.VendorId);
        Assert.Null(cm384.ChipDesignerId);
    }

    [Fact]
    public void OnlyTheKindsSomethingRefersToAreIndexedById()
    {
        // Clusters: a claim names the two systems it compares.
        Assert.Equal(new[] { RecordSchemas.Clusters, RecordSchemas.Organizations, RecordSchemas.Chips, RecordSchemas.Events, RecordSchemas.Citations },
            RecordSchemas.LookedUpById);
    }
}
