using System.Text;
using WaicTools.Data;
using Xunit;

namespace WaicTools.Tests;

/// <summary>Files written to mislead the loader, or to cost it more than their size: each is refused, naming where.</summary>
public class HostileInputTests
{
    private const string File = "clusters.json";

    private static string Clusters(params string[] clusters) => "{ \"clusters\": [" + string.Join(",", clusters) + "] }";

    // Line and position (1-based, in bytes) of the n-th occurrence of text in the file.
    private static (long Line, long Position) Where(string json, string text, int occurrence)
    {
        var at = -1;
        for (var i = 0; i < occurrence; i++)
        {
            at = json.IndexOf(text, at + 1, StringComparison.Ordinal);
        }

        var before = json.Substring(0, at);
        var lineStart = before.LastIndexOf('\n') + 1;
        return (before.Count(c => c == '\n') + 1, Encoding.UTF8.GetByteCount(before.Substring(lineStart)) + 1);
    }

    public static TheoryData<string, string, string, string, int> RepeatedNames() => new()
    {
        // what is replaced, by what, the field named, the name as it is written the second time, which occurrence
        { "\"id\": \"test-system\",", "\"id\": \"test-system\", \"id\": \"gb200-nvl72\",", "id", "\"id\"", 2 },
        { "\"chipCount\": { \"value\": 64,", "\"chipCount\": { \"value\": 64, \"value\": 128,", "chipCount.value", "\"value\"", 2 },
        { "\"status\": \"Shown\",", "\"status\": \"Shown\", \"st\\u0061tus\": \"Deployed\",", "status", "\"st\\u0061tus\"", 1 },
        { "{ \"value\": 60, \"sources\": [\"S3\"] }", "{ \"value\": 60, \"sources\": [\"S3\"], \"note\": \"a\", \"note\": \"b\" }",
            "powerKW.alternatives[0].note", "\"note\"", 2 },
        // more properties than are compared pairwise: the set finds it too
        { "\"sources\": [\"S4\"]", "\"sources\": [\"S4\"], \"x1\": 1, \"x2\": 2, \"x3\": 3, \"x4\": 4, \"name\": \"Other\"", "name", "\"name\"", 2 },
    };

    [Theory]
    [MemberData(nameof(RepeatedNames))]
    public void ANameGivenTwiceInOneObjectIsRefusedNamingFileRecordFieldLineAndPosition(
        string original, string replacement, string field, string written, int occurrence)
    {
        var cluster = TestData.Cluster.Replace(original, replacement);
        Assert.NotEqual(TestData.Cluster, cluster);
        var json = Clusters(cluster);

        var e = Assert.Throws<DatasetException>(() => TestData.Parse(("base.json", TestData.Base), (File, json)));

        var (line, position) = Where(json, written, occurrence);
        Assert.Equal(File, e.File);
        Assert.Equal("test-system", e.RecordId);
        Assert.Equal(field, e.Field);
        Assert.Equal(line, e.Line);
        Assert.Equal(position, e.Position);
        Assert.Contains("given more than once", e.Message);
    }

    [Fact]
    public void ARepeatedIdCannotReplaceAnotherRecord()
    {
        // The second id would have made this record replace another one of the same kind.
        var other = TestData.Cluster.Replace("test-system", "other").Replace("Test System", "Other");
        var sneaky = TestData.Cluster.Replace("\"id\": \"test-system\",", "\"id\": \"new-system\", \"id\": \"other\",")
            .Replace("Test System", "New");

        var e = Assert.Throws<DatasetException>(() => TestData.Parse(("base.json", TestData.Base), (File, Clusters(other, sneaky))));

        Assert.Equal("new-system", e.RecordId);
        Assert.Equal("id", e.Field);
    }

    [Fact]
    public void ASectionGivenTwiceIsRefused()
    {
        var other = TestData.Cluster.Replace("test-system", "other").Replace("Test System", "Other");
        var json = "{ \"clusters\": [" + TestData.Cluster + "],\n  \"clusters\": [" + other + "] }";

        var e = Assert.Throws<DatasetException>(() => TestData.Parse(("base.json", TestData.Base), (File, json)));

        var (line, position) = Where(json, "\"clusters\"", 2);
        Assert.Equal("clusters", e.Field);
        Assert.Equal(line, e.Line);
        Assert.Equal(position, e.Position);
        Assert.Contains("given more than once", e.Message);
    }

    public static TheoryData<string, string, string, string> OverTheLimits() => new()
    {
        // what is replaced, by what, the field named, the problem
        { "\"sources\": [\"S4\"]", "\"sources\": [" + string.Join(",", Enumerable.Range(1, 100_000).Select(i => $"\"S{i}\"")) + "]",
            "sources", "The list has 100000 items; the limit is 1000." },
        { "\"sources\": [\"S4\"]", "\"sources\": [\"S4\"]" + string.Concat(Enumerable.Range(0, 200_000).Select(i => $", \"u{i}\": 0")),
            null!, "The object has 200010 fields; the limit is 256." },
        { "[ { \"value\": 60, \"sources\": [\"S3\"] } ]",
            "[" + string.Join(",", Enumerable.Range(1, 300).Select(i => $"{{ \"value\": {60 + i}, \"sources\": [\"S3\"] }}")) + "]",
            "powerKW.alternatives", "The figure has 300 alternative values; the limit is 16." },
        { "\"name\": \"Test System\"", "\"name\": \"" + new string('x', 20_000) + "\"", "name", "The text has 20000 bytes; the limit is 16384." },
        { "\"status\": \"Shown\"", "\"" + new string('s', 20_000) + "\": \"Shown\"", null!, "The field name has 20000 bytes; the limit is 16384." },
    };

    [Theory]
    [MemberData(nameof(OverTheLimits))]
    public void ARecordOverTheLimitsIsRefusedAsSuchNamingWhere(string original, string replacement, string? field, string problem)
    {
        var cluster = TestData.Cluster.Replace(original, replacement);
        Assert.NotEqual(TestData.Cluster, cluster);

        var e = Assert.Throws<DatasetException>(() => TestData.Parse(("base.json", TestData.Base), (File, Clusters(cluster))));

        Assert.True(e.ExceedsLimit);
        Assert.Equal("test-system", e.RecordId);
        Assert.Equal(field, e.Field);
        Assert.Equal(problem, e.Problem);
        Assert.NotNull(e.Line);
    }

    [Fact]
    public void AListAtTheLimitIsReadAndItsRepeatsFoundWhereverTheyAre()
    {
        var ids = Enumerable.Range(1, DatasetLoader.MaxItems).Select(i => $"\"S{i}\"").ToList();
        var at = TestData.Cluster.Replace("\"sources\": [\"S4\"]", "\"sources\": [" + string.Join(",", ids) + "]");
        var layer = DatasetLoader.ParseLayer("t", new[] { (File, Encoding.UTF8.GetBytes(Clusters(at))) });
        Assert.Equal(DatasetLoader.MaxItems, layer.RecordsOf(WaicTools.Model.RecordSchemas.Clusters)[0].Sources.Count);

        ids[^1] = "\"s1\""; // the same id as the first, in another case
        var repeated = TestData.Cluster.Replace("\"sources\": [\"S4\"]", "\"sources\": [" + string.Join(",", ids) + "]");
        var e = Assert.Throws<DatasetException>(() => DatasetLoader.ParseLayer("t", new[] { (File, Encoding.UTF8.GetBytes(Clusters(repeated))) }));
        Assert.Equal("'s1' is listed twice.", e.Problem);
    }
}
