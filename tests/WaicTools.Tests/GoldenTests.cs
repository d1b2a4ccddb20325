using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WaicTools.Data;
using Xunit;

namespace WaicTools.Tests;

/// <summary>
/// Every message the loader gives for a large, fixed set of damaged files, kept in golden files: a change to the reader
/// that changes one word of one message, or which of two faults is reported first, fails here. The sets are built from
/// the embedded data alone (no field table), so they measure the reader the same way before and after it changes.
/// WAICTOOLS_GOLDEN=1 rewrites the files; do that only when a message is meant to change, and say so in the commit.
/// </summary>
public class GoldenTests
{
    private static readonly string Folder = Path.Combine(TestData.DataFolder, "..", "tests", "WaicTools.Tests", "golden");

    private static readonly (string File, byte[] Bytes)[] s_files = Directory.GetFiles(TestData.DataFolder, "*.json")
        .Select(p => (Path.GetFileName(p), File.ReadAllBytes(p)))
        .OrderBy(f => f.Item1, StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// Each field of the first two records of every file (nested ones too) removed, or its value replaced by each of a
    /// set of wrong values; and one unknown field added to each object. The file is read alone, as one layer.
    /// </summary>
    [Fact]
    public void EachDamagedFieldGivesTheMessageItGaveBefore()
    {
        var lines = new List<string>();
        foreach (var (file, bytes) in s_files)
        {
            var root = JsonNode.Parse(bytes)!.AsObject();
            foreach (var (section, node) in root.ToList())
            {
                if (node is JsonObject single)
                {
                    Damage(file, bytes, section, single, lines);
                }
                else if (node is JsonArray records)
                {
                    for (var i = 0; i < Math.Min(2, records.Count); i++)
                    {
                        Damage(file, bytes, $"{section}[{i}]", records[i]!.AsObject(), lines);
                    }
                }
            }
        }

        Compare("field-damage.txt", lines);
    }

    /// <summary>The fixed-seed random damage of <see cref="FuzzTests"/>, each round's outcome written down.</summary>
    [Fact]
    public void EachFuzzRoundGivesTheOutcomeItGaveBefore()
    {
        var lines = FuzzTests.Outcomes(s_files).ToList();
        Compare("fuzz-outcomes.txt", lines);
    }

    private static readonly (string Name, string Json)[] s_wrongValues =
    {
        ("null", "null"), ("text", "\"x\""), ("empty-text", "\"\""), ("number", "-1"), ("huge", "1e300"),
        ("fraction", "0.5"), ("true", "true"), ("object", "{}"), ("array", "[]"), ("array-of-number", "[1]"),
        ("bad-date", "\"2025-02-30\""), ("source-id", "\"S1\""), ("control", "\"a\\u0007b\""),
    };

    private static void Damage(string file, byte[] original, string path, JsonObject target, List<string> lines)
    {
        foreach (var (name, _) in target.ToList())
        {
            var at = $"{path}.{name}";
            lines.Add($"{file} {at} removed => {Outcome(file, original, path, o => o.Remove(name))}");
            foreach (var (wrong, json) in s_wrongValues)
            {
                lines.Add($"{file} {at} = {wrong} => {Outcome(file, original, path, o => o[name] = JsonNode.Parse(json))}");
            }

            // Nested objects (figures, entity listings) and the objects of lists are damaged the same way.
            switch (target[name])
            {
                case JsonObject child:
                    Damage(file, original, at, child, lines);
                    break;
                case JsonArray list when list.Count > 0 && list[0] is JsonObject first:
                    Damage(file, original, at + "[0]", first, lines);
                    break;
            }
        }

        lines.Add($"{file} {path}.unknownField added => {Outcome(file, original, path, o => o["unknownField"] = 1)}");
    }

    /// <summary>Parses the file with the object at <paramref name="path"/> changed; the message, or what loaded.</summary>
    private static string Outcome(string file, byte[] original, string path, Action<JsonObject> change)
    {
        var root = JsonNode.Parse(original)!;
        change(Find(root, path));
        var bytes = Encoding.UTF8.GetBytes(root.ToJsonString());
        try
        {
            var layer = DatasetLoader.ParseLayer("golden", new[] { (file, bytes) });
            return layer.Warnings.Count == 0 ? "loaded" : "loaded, warning: " + string.Join(" | ", layer.Warnings);
        }
        catch (DatasetException e)
        {
            return e.Message;
        }
    }

    private static JsonObject Find(JsonNode root, string path)
    {
        var node = root;
        foreach (var step in path.Split('.'))
        {
            var bracket = step.IndexOf('[');
            node = bracket < 0
                ? node[step]!
                : node[step.Substring(0, bracket)]![int.Parse(step.Substring(bracket + 1, step.Length - bracket - 2))]!;
        }

        return node.AsObject();
    }

    private static void Compare(string name, List<string> lines)
    {
        var path = Path.Combine(Folder, name);
        var text = string.Join("\n", lines) + "\n";
        if (Environment.GetEnvironmentVariable("WAICTOOLS_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(path, text, new UTF8Encoding(false));
        }

        var expected = File.ReadAllText(path).Replace("\r\n", "\n").Split('\n');
        var actual = text.Split('\n');
        var first = Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(i => expected[i] != actual[i], -1);
        Assert.True(first < 0 && expected.Length == actual.Length,
            first < 0
                ? $"{name}: {actual.Length} lines, the golden file has {expected.Length}."
                : $"{name} line {first + 1} differs.\n  golden: {expected[first]}\n  now:    {actual[first]}");
    }
}
