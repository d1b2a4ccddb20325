using System.Reflection;
using System.Reflection.Emit;
using WaicTools.Data;
using WaicTools.Model;
using System.Text.RegularExpressions;
using Xunit;

namespace WaicTools.Tests;

/// <summary>
/// The layers read one way: Model &lt;- Data &lt;- Queries &lt;- Output &lt;- Commands (Completion beside Commands).
/// A layer that names a layer above it fails here, both in its source and in its compiled signatures.
/// </summary>
public class LayerTests
{
    private static readonly string[] s_order = { "Model", "Data", "Queries", "Output", "Commands" };

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

    // The output types are in the namespace WaicTools, as are the public enums, which live in Model: the namespace
    // alone does not tell the layer, so the compiled code is checked too, signatures and method bodies alike.
    [Theory]
    [MemberData(nameof(Layers))]
    public void NoCompiledCodeUsesALayerAboveItsOwn(string layer)
    {
        var assembly = typeof(ChipCluster).Assembly;
        var own = Array.IndexOf(s_order, layer);
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

        var types = assembly.GetTypes().Where(t => LayerOf(t) == layer).ToArray();
        Assert.NotEmpty(types);
        var used = types
            .SelectMany(t => t.GetFields(all).Select(f => f.FieldType)
                .Concat(t.GetProperties(all).Select(p => p.PropertyType))
                .Concat(t.GetInterfaces())
                .Append(t.BaseType ?? typeof(object))
                .Concat(t.GetMethods(all).Cast<MethodBase>().Concat(t.GetConstructors(all))
                    .SelectMany(m => m.GetParameters().Select(p => p.ParameterType)
                        .Append(m is MethodInfo mi ? mi.ReturnType : typeof(void))
                        .Concat(m is MethodInfo { IsGenericMethodDefinition: true } g
                            ? g.GetGenericArguments().SelectMany(a => a.GetGenericParameterConstraints())
                            : Type.EmptyTypes)
                        .Concat(m.GetMethodBody()?.LocalVariables.Select(l => l.LocalType) ?? Type.EmptyTypes)
                        .Concat(TypesInBody(m))))
                .Concat(t.IsGenericTypeDefinition
                    ? t.GetGenericArguments().SelectMany(a => a.GetGenericParameterConstraints())
                    : Type.EmptyTypes)
                .SelectMany(Expand)
                .Select(u => (Owner: t, Used: u)))
            .Where(x => LayerOf(x.Used) is string l && Array.IndexOf(s_order, l) > own)
            .Select(x => $"{Outermost(x.Owner).Name} uses {x.Used.FullName} ({LayerOf(x.Used)})")
            .Distinct()
            .ToArray();

        Assert.True(used.Length == 0, string.Join("\n", used));
    }

    [Fact]
    public void TheLayerCheckSeesTypesOfEveryLayer()
    {
        Assert.Equal("Model", LayerOf(typeof(BetterWhen)));
        Assert.Equal("Output", LayerOf(typeof(ChipCluster)));
        Assert.Equal("Queries", LayerOf(typeof(WaicTools.Queries.Comparer)));
        Assert.Equal("Commands", LayerOf(typeof(WaicTools.Commands.GetChipClusterCommand)));
        Assert.Null(LayerOf(typeof(string)));

        // A method body that makes an output object is seen, not only signatures.
        var making = typeof(LayerTests).GetMethod(nameof(MakesAnOutputObject), BindingFlags.NonPublic | BindingFlags.Static)!;
        Assert.Contains(typeof(WaicDataset), TypesInBody(making));
    }

    [Fact]
    public void ThePublicTypesAreTheOutputTypesTheEnumsTheCmdletsAndTheDatasetException()
    {
        var exported = typeof(ChipCluster).Assembly.GetExportedTypes();

        Assert.All(exported, t => Assert.True(
            LayerOf(t) is "Output" || t.IsEnum || t.Namespace == "WaicTools.Commands" || t == typeof(DatasetException),
            $"{t.FullName} is public but is neither an output type, an enum, a cmdlet nor the exception of a bad file."));
        Assert.DoesNotContain(exported, t => t.Namespace == "WaicTools.Completion");
    }

    private static object MakesAnOutputObject() => new WaicDataset(DatasetLoader.LoadEmbedded());

    // The layer a type of the module belongs to: its folder, told by its namespace; null for other assemblies' types.
    private static string? LayerOf(Type type)
    {
        var outer = Outermost(type);
        if (outer.Assembly != typeof(ChipCluster).Assembly || outer.Namespace is not string ns || !ns.StartsWith("WaicTools", StringComparison.Ordinal))
        {
            return null;
        }

        return ns == "WaicTools" ? (outer.IsEnum ? "Model" : "Output") : ns.Substring("WaicTools.".Length);
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    private static readonly Dictionary<short, OpCode> s_opCodes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    // Every type a method body names: the types, methods and fields its instructions refer to.
    private static IEnumerable<Type> TypesInBody(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var code = il[i] == 0xFE ? s_opCodes[(short)(0xFE00 | il[i + 1])] : s_opCodes[il[i]];
            i += code.Size;
            var operand = i;
            i += code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, operand),
                _ => 4,
            };
            if (code.OperandType is not (OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType))
            {
                continue;
            }

            var member = method.Module.ResolveMember(BitConverter.ToInt32(il, operand), typeArguments, methodArguments);
            switch (member)
            {
                case Type t:
                    yield return t;
                    break;
                case FieldInfo f:
                    yield return f.DeclaringType!;
                    yield return f.FieldType;
                    break;
                case MethodBase m:
                    yield return m.DeclaringType!;
                    foreach (var p in m.GetParameters())
                    {
                        yield return p.ParameterType;
                    }

                    if (m is MethodInfo mi)
                    {
                        yield return mi.ReturnType;
                        foreach (var g in mi.IsGenericMethod ? mi.GetGenericArguments() : Type.EmptyTypes)
                        {
                            yield return g;
                        }
                    }

                    break;
            }
        }
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
