using System.Reflection;
using System.Text.RegularExpressions;
using Xunit;

namespace WaicTools.Tests;

/// <summary>
/// The layers read one way: Model &lt;- Data &lt;- Output &lt;- Queries &lt;- Commands (Completion beside Commands).
/// A layer that names a layer above it fails here, both in its source and in its compiled signatures.
/// </summary>
public class LayerTests
{
    private static readonly string[] s_order = { "Model", "Data", "Output", "Queries", "Commands" };

    // Commands is the top: nothing is above it to check.
    public static TheoryData<string> Layers() => new(s_order.Take(s_order.Length - 1));

    // Completion sits beside Commands: the cmdlets name their completers, nothing below does.
    private static string[] Above(string layer) =>
        s_order.Skip(Array.IndexOf(s_order, layer) + 1).Append("Completion").ToArray();

    [Theory]
    [MemberData(nameof(Layers))]
    public void NoSourceFileNamesALayerAboveItsOwn(string layer)
    {
        var folder = Path.Combine(Path.GetDirectoryName(TestData.DataFolder)!, "src", "WaicTools", layer);
        var files = Directory.GetFiles(folder, "*.cs");
        Assert.NotEmpty(files);
        var above = new Regex(@"\bWaicTools\.(" + string.Join("|", Above(layer)) + @")\b");
        var offending = files
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && above.IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToArray();

        Assert.True(offending.Length == 0, string.Join("\n", offending));
    }

    [Fact]
    public void TheModelsCompiledSignaturesUseNoOtherLayer()
    {
        var assembly = typeof(ChipCluster).Assembly;
        var forbidden = Above("Model").Select(l => "WaicTools." + l).ToArray();
        var outputTypes = assembly.GetTypes().Where(t => t.IsPublic && t.Namespace == "WaicTools" && !t.IsEnum).ToArray();
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

        var used = assembly.GetTypes().Where(t => t.Namespace == "WaicTools.Model")
            .SelectMany(t => t.GetFields(all).Select(f => f.FieldType)
                .Concat(t.GetProperties(all).Select(p => p.PropertyType))
                .Concat(t.GetMethods(all).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)))
                .Concat(t.GetConstructors(all).SelectMany(c => c.GetParameters().Select(p => p.ParameterType)))
                .Select(u => (Owner: t, Used: u)))
            .SelectMany(x => Expand(x.Used).Select(u => (x.Owner, Used: u)))
            .Where(x => forbidden.Contains(x.Used.Namespace) || outputTypes.Contains(x.Used))
            .Select(x => $"{x.Owner.Name} uses {x.Used.FullName}")
            .Distinct()
            .ToArray();

        Assert.True(used.Length == 0, string.Join("\n", used));
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        yield return type;
        var inner = type.HasElementType ? new[] { type.GetElementType()! } : type.IsGenericType ? type.GetGenericArguments() : Type.EmptyTypes;
        foreach (var t in inner.SelectMany(Expand))
        {
            yield return t;
        }
    }
}
