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
            "sources", "The list has more than 1000 items, the limit." },
        { "\"sources\": [\"S4\"]", "\"sources\": [\"S4\"]" + string.Concat(Enumerable.Range(0, 200_000).Select(i => $", \"u{i}\": 0")),
            null!, "The object has more than 256 fields, the limit." },
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

    // JSON escapes of characters that would drive a terminal, hide text or reorder it.
    public static TheoryData<string, string> HiddenCharacters() => new()
    {
        { "ESC clearing the screen", "\\u001B[2J" },
        { "an OSC 8 link", "\\u001B]8;;https://example.com\\u001B\\\\" },
        { "BEL", "\\u0007" },
        { "NUL", "\\u0000" },
        { "CR", "\\r" },
        { "a line feed", "\\n" },
        { "a right-to-left override", "\u202E" },
        { "a zero-width space", "\u200B" },
        { "a byte order mark", "\\uFEFF" },
        { "a C1 control", "\u009B" },
    };

    [Theory]
    [MemberData(nameof(HiddenCharacters))]
    public void ANameOrAliasWithAHiddenCharacterIsRefused(string what, string character)
    {
        foreach (var (original, replacement, field) in new[]
                 {
                     ("\"name\": \"Test System\"", "\"name\": \"Test" + character + " System\"", "name"),
                     ("\"name\": \"Test System\"", "\"name\": \"Test System\", \"aliases\": [\"TS\", \"T" + character + "S\"]", "aliases"),
                 })
        {
            var e = Assert.Throws<DatasetException>(() => TestData.ParseClusters(TestData.Cluster.Replace(original, replacement)));

            Assert.Equal(field, e.Field);
            Assert.Contains("a name may not hold control, format, bidirectional or line-break characters", e.Problem);
            Assert.DoesNotContain(e.Message, c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);
            _ = what;
        }
    }

    [Theory]
    [InlineData("=HYPERLINK(\\\"http://x\\\")")]
    [InlineData("+1 System")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public void ANameThatASpreadsheetWouldReadAsAFormulaIsRefused(string name)
    {
        var e = Assert.Throws<DatasetException>(() =>
            TestData.ParseClusters(TestData.Cluster.Replace("\"name\": \"Test System\"", $"\"name\": \"{name}\"")));
        Assert.Equal("name", e.Field);
        Assert.Contains("reads as a formula", e.Problem);

        e = Assert.Throws<DatasetException>(() =>
            TestData.ParseClusters(TestData.Cluster.Replace("\"status\"", $"\"aliases\": [\"{name}\"], \"status\"")));
        Assert.Equal("aliases", e.Field);
    }

    [Theory]
    [InlineData("Line one\\nline two", true)]
    [InlineData("Line one\\r\\nline two", true)]
    [InlineData("A note with =1+1 inside", true)]
    [InlineData("=1+1 at the start, which a spreadsheet would run", false)]
    [InlineData("A zero-width joiner\u200D is text", true)]
    [InlineData("A carriage return\\ralone", false)]
    [InlineData("An escape \\u001B[31m red", false)]
    [InlineData("A tab\\tin a note", false)]
    [InlineData("An override \u202E reversed", false)]
    public void ANoteMayHoldLineBreaksButNoOtherControlCharacter(string note, bool loads)
    {
        var cluster = TestData.Cluster.Replace("\"status\"", $"\"notes\": \"{note}\", \"status\"");
        var figureNote = TestData.Cluster.Replace("{ \"value\": 60, \"sources\": [\"S3\"] }", $"{{ \"value\": 60, \"sources\": [\"S3\"], \"note\": \"{note}\" }}");
        foreach (var (json, field) in new[] { (cluster, "notes"), (figureNote, "powerKW.alternatives[0].note") })
        {
            if (loads)
            {
                Assert.Single(TestData.ParseClusters(json).Clusters);
            }
            else
            {
                var e = Assert.Throws<DatasetException>(() => TestData.ParseClusters(json));
                Assert.Equal(field, e.Field);
                Assert.Contains(note.StartsWith("=", StringComparison.Ordinal) ? "reads as a formula" : "no other control character", e.Problem);
            }
        }
    }

    [Fact]
    public void ErrorsAndWarningsShowWhatTheFileHoldsEscaped()
    {
        var e = Assert.Throws<DatasetException>(() =>
            TestData.ParseClusters(TestData.Cluster.Replace("\"status\": \"Shown\"", "\"status\": \"\\u001B]8;;https://evil.example\\u0007Shown\"")));
        Assert.Contains("'\\u001B]8;;https://evil.example\\u0007Shown' is not one of", e.Message);
        Assert.DoesNotContain('\u001B', e.Message);

        var layer = DatasetLoader.ParseLayer("t", new[] { (File, Encoding.UTF8.GetBytes(Clusters(
            TestData.Cluster.Replace("\"status\"", "\"\\u001B[2Jx\": 1, \"status\"")))) });
        var warning = Assert.Single(layer.Warnings);
        Assert.Contains("field '\\u001B[2Jx': Unknown field", warning);
        Assert.DoesNotContain('\u001B', warning);
    }

    [Theory]
    [InlineData("Caf\u00E9 X", "Cafe\u0301 X")] // composed and decomposed
    [InlineData("\uFB01re X", "fire X")]         // a ligature and its letters
    [InlineData("X\u2460", "X1")]                // a circled digit
    [InlineData("\uFF38-One", "x-one")]          // a full-width letter, and case
    public void NamesThatLookTheSameAreOneNameWhateverTheCulture(string first, string second)
    {
        foreach (var culture in new[] { "en-US", "de-DE", "tr-TR" })
        {
            var one = TestData.Cluster.Replace("Test System", first);
            var two = TestData.Cluster.Replace("test-system", "other").Replace("Test System", second);

            var e = TestData.InCulture(culture, () => Assert.Throws<DatasetException>(() => TestData.ParseClusters(one, two)));
            Assert.Contains("is also used by", e.Message);
            Assert.Contains(e.RecordId, new[] { "test-system", "other" });

            var dataset = TestData.InCulture(culture, () => TestData.ParseClusters(one));
            Assert.Equal("test-system", TestData.InCulture(culture, () => dataset.FindCluster(second))?.Id);
        }
    }

    [Fact]
    public void AFileIsNeverReadPastTheLimitPlusOneByteWhateverLengthItClaims()
    {
        var path = Path.GetTempFileName();
        try
        {
            System.IO.File.WriteAllBytes(path, new byte[100]);
            Assert.Equal(100, DatasetFiles.Read(path, 100, default).Length);
            Assert.Equal(100, Assert.Throws<FileTooLargeException>(() => DatasetFiles.Read(path, 10, default)).Length);
        }
        finally
        {
            System.IO.File.Delete(path);
        }

        // A kernel file claims a length of 0 and holds more: it is read in chunks up to the limit plus one byte.
        if (System.IO.File.Exists("/proc/self/status"))
        {
            Assert.Equal(0, new FileInfo("/proc/self/status").Length);
            Assert.Equal(11, Assert.Throws<FileTooLargeException>(() => DatasetFiles.Read("/proc/self/status", 10, default)).Length);
        }
    }

    [Fact]
    public void AFileIsRegularAPipeOrDeviceIsNot()
    {
        var path = Path.GetTempFileName();
        try
        {
            Assert.Equal(FileKind.Regular, DatasetFiles.KindOf(path));
            Assert.Equal(FileKind.Directory, DatasetFiles.KindOf(Path.GetTempPath()));
            Assert.Equal(FileKind.Missing, DatasetFiles.KindOf(path + ".gone"));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(FileKind.Special, DatasetFiles.KindOf("/dev/zero"));
                Assert.Equal(FileKind.Special, DatasetFiles.KindOf("/dev/null"));
            }
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public void AnImportStopsAtTheNextRecordOnceCancelled()
    {
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            DatasetLoader.ParseLayer("t", new[] { ("base.json", Encoding.UTF8.GetBytes(TestData.Base)) }, stop.Token));
    }

    [Fact]
    public void AFormatCharacterBeyondTheFirstPlaneIsRefusedAndShownEscaped()
    {
        // Tag characters (U+E0041, U+E0042) render as nothing: "CloudMatrix 384" followed by them looks like the original.
        var tags = char.ConvertFromUtf32(0xE0041) + char.ConvertFromUtf32(0xE0042);
        var e = Assert.Throws<DatasetException>(() =>
            TestData.ParseClusters(TestData.Cluster.Replace("Test System", "Test System" + tags)));

        Assert.Equal("name", e.Field);
        Assert.Contains("U+E0041", e.Problem);
        Assert.Equal("x\\uDB40\\uDC41", WaicTools.Model.TextRules.Escape("x" + char.ConvertFromUtf32(0xE0041)));
    }

    [Theory]
    [InlineData("GRO\u1E9E System", "gro\u00DF system")] // capital and small sharp s
    [InlineData("\u03A3\u03C3\u03C2", "\u03C3\u03C3\u03C3")] // final and medial sigma
    public void NamesThatDifferOnlyInCaseAreOneNameBeyondAscii(string first, string second)
    {
        var one = TestData.Cluster.Replace("Test System", first);
        var two = TestData.Cluster.Replace("test-system", "other").Replace("Test System", second);

        Assert.Contains("is also used by", Assert.Throws<DatasetException>(() => TestData.ParseClusters(one, two)).Message);
    }

    [Fact]
    public void ARecordOverTheLimitsIsRefusedWithoutReadingItAll()
    {
        // Ten million items in one list: refused at the first item over the limit, not after copying them all.
        var items = new StringBuilder("{ \"clusters\": [ { \"id\": \"big\", \"aliases\": [0");
        for (var i = 0; i < 2_000_000; i++)
        {
            items.Append(",0,0,0,0,0");
        }

        var bytes = Encoding.UTF8.GetBytes(items.Append("] } ] }").ToString());
        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<DatasetException>(() => DatasetLoader.ParseLayer("t", new[] { (File, bytes) }));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(e.ExceedsLimit);
        Assert.Equal("aliases", e.Field);
        Assert.True(allocated < bytes.Length / 4, $"{allocated:N0} bytes allocated for a {bytes.Length:N0}-byte file");
    }
}
