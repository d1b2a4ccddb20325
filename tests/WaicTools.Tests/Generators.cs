using System.Reflection;
using System.Text;
using WaicTools.Model;

namespace WaicTools.Tests;

/// <summary>
/// Writes the parts of the committed files that follow from the field tables and the output types: the list view of
/// each output type (module/WaicTools.Format.ps1xml) and the property lists of the README and about_WaicTools. Each
/// part sits between two marker lines; everything outside them stays hand-written. They live with the tests, not in
/// the module: nothing a session loads needs them.
/// </summary>
internal static class Generators
{
    public const string Begin = "generated from the field tables by ./build.ps1 generate; do not edit by hand";
    public const string End = "end of generated part";

    public const string CoverageBegin = "coverage generated from data/*.json by ./build.ps1 generate; do not edit by hand";
    public const string CoverageEnd = "end of coverage";

    // The system figures the coverage tables show, with their column heads.
    private static readonly (string Field, string Head)[] s_coverage =
    {
        ("bf16DensePflops", "BF16"), ("fp8DensePflops", "FP8"), ("fp4DensePflops", "FP4"), ("hbmCapacityTB", "HBM"),
        ("hbmBandwidthTBps", "HBM BW"), ("scaleUpBandwidthTBps", "Scale-up"), ("powerKW", "Power"), ("racks", "Racks"),
    };

    // "yes" when a source publishes the system figure, "derived" when it is chip count x a published chip figure.
    private static string Cover(Data.Dataset data, ClusterRecord cluster, Field field) =>
        field.Get(cluster) is not null ? "yes" : Queries.ClusterFigures.Derived(data, cluster, field) is not null ? "derived" : "";

    /// <summary>The README's coverage table: each system of the embedded data and which of its figures are known.</summary>
    public static string CoverageMarkdown()
    {
        var data = Data.DatasetLoader.LoadEmbedded();
        var text = new StringBuilder("| System | Vendor | Chips | " + string.Join(" | ", s_coverage.Select(c => c.Head)) + " | Status | Shown at |\n");
        text.Append("|---|---|---|" + string.Concat(s_coverage.Select(_ => "---|")) + "---|---|\n");
        foreach (var cluster in data.Clusters)
        {
            text.Append("| ").Append(cluster.Name).Append(" | ").Append(data.Organization(cluster.VendorId).Name).Append(" | ")
                .Append(cluster.ChipCount is { } count ? count.Value.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture) : "")
                .Append(" | ")
                .Append(string.Join(" | ", s_coverage.Select(c => Cover(data, cluster, RecordSchemas.Clusters[c.Field]))))
                .Append(" | ").Append(cluster.Status).Append(" | ")
                .Append(cluster.ShownAtId is null ? "" : data.Event(cluster.ShownAtId).Name).Append(" |\n");
        }

        return text.Append('\n').Append(ChipCoverage(data)).Append("\n\n").ToString();
    }

    /// <summary>The about topic's coverage list: each system with the figures known for it.</summary>
    public static string CoverageText()
    {
        var data = Data.DatasetLoader.LoadEmbedded();
        var text = new StringBuilder("    Figures known for each system (d: chip count x the chip's figure):\n");
        foreach (var cluster in data.Clusters)
        {
            var known = s_coverage
                .Select(c => (c.Head, Cover: Cover(data, cluster, RecordSchemas.Clusters[c.Field])))
                .Where(c => c.Cover.Length > 0)
                .Select(c => c.Cover == "derived" ? c.Head + " (d)" : c.Head)
                .ToArray();
            // Each head wraps as one word (a no-break space inside "HBM BW (d)"), then becomes plain text again.
            var summary = known.Length > 0 ? string.Join(", ", known.Select(k => k.Replace(' ', '\u00A0')))
                : cluster.ChipCount is not null ? "chip count only" : "no figures";
            var lines = Wrap(summary, 76 - 30).Replace('\u00A0', ' ').Split('\n');
            // A name too long for its column gets a line of its own.
            text.Append("      ").Append(cluster.Name.Length < 24 ? cluster.Name.PadRight(24) + lines[0] : cluster.Name + "\n" + new string(' ', 30) + lines[0]).Append('\n');
            foreach (var line in lines.Skip(1))
            {
                text.Append(new string(' ', 30)).Append(line).Append('\n');
            }
        }

        return text.Append('\n').Append(Wrap(ChipCoverage(data), 72).Split('\n').Aggregate(new StringBuilder(), (b, l) => b.Append("    ").Append(l).Append('\n')))
            .Append('\n').ToString();
    }

    // "Of the N chips, M have a BF16 or FP16 figure, ...": how many chips have each figure.
    private static string ChipCoverage(Data.Dataset data)
    {
        int With(string field) => data.Chips.Count(c => RecordSchemas.Chips[field].Get(c) is not null);
        return string.Format(System.Globalization.CultureInfo.InvariantCulture,
            "Of the {0} chips, {1} have a BF16 or FP16 figure, {2} an FP8 figure, {3} an FP4 figure, {4} a memory size, {5} a memory bandwidth and {6} a power figure; {7} {8} none of these.",
            data.Chips.Count, With("bf16DenseTflops"), With("fp8DenseTflops"), With("fp4DenseTflops"), With("hbmGB"), With("hbmTBps"),
            With("tdpW"), None(), None() == 1 ? "has" : "have");
        int None() => data.Chips.Count(c => new[] { "bf16DenseTflops", "fp8DenseTflops", "fp4DenseTflops", "hbmGB", "hbmTBps", "tdpW" }
            .All(f => RecordSchemas.Chips[f].Get(c) is null));
    }

    /// <summary>The kinds that have an output type, in the order of <see cref="RecordSchemas.Kinds"/>.</summary>
    public static IEnumerable<RecordSchema> Shown() => RecordSchemas.Kinds.Where(k => k.OutputType is not null);

    public static Type OutputType(RecordSchema kind) =>
        typeof(ChipCluster).Assembly.GetType("WaicTools." + kind.OutputType, throwOnError: true)!;

    /// <summary>The public properties of an output type in the order a CSV file gets them (its own, then inherited).</summary>
    public static IReadOnlyList<PropertyInfo> Properties(Type type)
    {
        var list = new List<PropertyInfo>();
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            list.AddRange(t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .OrderBy(p => p.MetadataToken));
        }

        return list;
    }

    /// <summary>The field that declares an output property, nested ones included; null for SourcedObject's own.</summary>
    public static Field? FieldOf(RecordSchema kind, string property) =>
        kind.Fields.SelectMany(f => new[] { f }.Concat(f.Type == FieldType.Object ? f.Children : Array.Empty<Field>()))
            .FirstOrDefault(f => f.Property == property);

    /// <summary>One list view per output type: every property in order, lists joined, numbers and dates formatted.</summary>
    public static string ListViews()
    {
        var text = new StringBuilder();
        foreach (var kind in Shown())
        {
            var type = OutputType(kind);
            text.Append("    <View>\n")
                .Append("      <Name>").Append(type.Name).Append("</Name>\n")
                .Append("      <ViewSelectedBy><TypeName>").Append(type.FullName).Append("</TypeName></ViewSelectedBy>\n")
                .Append("      <ListControl>\n        <ListEntries>\n          <ListEntry>\n            <ListItems>\n");
            foreach (var property in Properties(type))
            {
                // HasAlternatives only says whether Alternatives, shown next, is empty.
                if (property.Name == nameof(SourcedObject.HasAlternatives))
                {
                    continue;
                }

                text.Append("              <ListItem>").Append(ListItem(property)).Append("</ListItem>\n");
            }

            text.Append("            </ListItems>\n          </ListEntry>\n        </ListEntries>\n      </ListControl>\n")
                .Append("    </View>\n\n");
        }

        return text.ToString();
    }

    private static string ListItem(PropertyInfo property)
    {
        var name = property.Name;
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (type == typeof(TextList))
        {
            return $"<Label>{name}</Label><ScriptBlock>$_.{name} -join ', '</ScriptBlock>";
        }

        // A format string, not a script block: the same text in every culture, and nothing to compile at first use.
        var format = type == typeof(double) ? "{0:#,##0.##}" : type == typeof(DateTime) ? "{0:d}" : null;
        return format is null
            ? $"<PropertyName>{name}</PropertyName>"
            : $"<PropertyName>{name}</PropertyName><FormatString>{format}</FormatString>";
    }

    /// <summary>The README's property lists: one paragraph per output type, with units and enum names.</summary>
    public static string ReadmeProperties()
    {
        var text = new StringBuilder();
        foreach (var kind in Shown())
        {
            var type = OutputType(kind);
            var items = Properties(type).Select(p => "`" + p.Name + "`" + Detail(FieldOf(kind, p.Name), markdown: true));
            text.Append(Wrap("**" + type.Name + "**: " + string.Join(", ", items) + ".", 116)).Append("\n\n");
        }

        return text.ToString();
    }

    // The Get- cmdlet that emits the type, as its OutputType says (Get-WaicClaim for PublishedClaim).
    private static string CmdletFor(Type type) => typeof(ChipCluster).Assembly.GetTypes()
        .Select(t => (Cmdlet: t.GetCustomAttributes(typeof(System.Management.Automation.CmdletAttribute), false)
                .Cast<System.Management.Automation.CmdletAttribute>().FirstOrDefault(),
            Outputs: t.GetCustomAttributes(typeof(System.Management.Automation.OutputTypeAttribute), false)
                .Cast<System.Management.Automation.OutputTypeAttribute>().SelectMany(o => o.Type).Select(n => n.Type)))
        .Where(c => c.Cmdlet is { VerbName: "Get" } && c.Outputs.Contains(type))
        .Select(c => c.Cmdlet!.VerbName + "-" + c.Cmdlet.NounName)
        .Single();

    /// <summary>The about topic's property lists: each property of each output type with its one-line doc.</summary>
    public static string AboutProperties()
    {
        var text = new StringBuilder("    Numbers are numbers and the unit is part of the property name; a figure\n" +
                                     "    no source gives is empty, never guessed.\n\n");
        foreach (var kind in Shown())
        {
            var type = OutputType(kind);
            text.Append("    ").Append(type.FullName).Append(" (").Append(CmdletFor(type)).Append(")\n");
            // SourcedObject's own properties (Notes, Sources, Id, ...) are named once, after the list.
            foreach (var (property, field) in Properties(type).Where(p => p.DeclaringType == type)
                         .Select(p => (p, FieldOf(kind, p.Name))).Where(pf => pf.Item2 is not null))
            {
                var doc = field!.Doc + Detail(field, markdown: false);
                var lines = Wrap(doc, 76 - 30).Split('\n');
                text.Append("        ").Append(property.Name.PadRight(22)).Append(lines[0]).Append('\n');
                foreach (var line in lines.Skip(1))
                {
                    text.Append(new string(' ', 30)).Append(line).Append('\n');
                }
            }

            text.Append('\n');
        }

        text.Append("    Every record but a citation ends with HasAlternatives, Alternatives (each\n")
            .Append("    figure where sources disagree, with every value and its sources), Notes,\n")
            .Append("    Sources, Id and DataFile.\n\n");
        return text.ToString();
    }

    /// <summary>" (kW)", " (Listed, NotFound, Unknown)": the unit of a figure or the names of an enum.</summary>
    private static string Detail(Field? field, bool markdown)
    {
        if (field is null)
        {
            return "";
        }

        if (field.EnumValues is { } names)
        {
            // The about topic's doc often names the values already.
            return markdown || names.Keys.Any(n => field.Doc.IndexOf(n, StringComparison.OrdinalIgnoreCase) < 0) ? " (" + string.Join(", ", names.Keys) + ")" : "";
        }

        // A unit of measure ("kW", "TB/s"), not a count ("chips"); the about topic's doc usually says it in words.
        return field.Unit.Any(char.IsUpper) && (markdown || !field.Doc.Contains(" in ")) ? $" ({field.Unit})" : "";
    }

    /// <summary>Breaks text into lines of at most <paramref name="width"/> characters at spaces.</summary>
    public static string Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = "";
            }

            line = line.Length == 0 ? word : line + " " + word;
        }

        lines.Add(line);
        return string.Join("\n", lines);
    }

    /// <summary>
    /// The file with the part between its marker lines replaced by <paramref name="generated"/>; the marker lines are
    /// comments of the file's own kind, found by the marker texts.
    /// </summary>
    public static string Replace(string file, string generated, string beginMarker = Begin, string endMarker = End)
    {
        var text = file.Replace("\r\n", "\n");
        var begin = text.IndexOf(beginMarker, StringComparison.Ordinal);
        var end = text.IndexOf(endMarker, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            throw new InvalidOperationException("The file has no generated part (marker lines not found).");
        }

        var from = text.IndexOf('\n', begin) + 1;
        var to = text.LastIndexOf('\n', end) + 1;
        return text.Substring(0, from) + generated + text.Substring(to);
    }
}
