using System.Globalization;
using System.Text;
using WaicTools.Data;
using WaicTools.Model;

namespace WaicTools.Tests;

/// <summary>Small hand-made dataset files for loader and query tests.</summary>
internal static class TestData
{
    public const string Cluster = """
        {
          "id": "test-system",
          "name": "Test System",
          "vendor": "acme",
          "category": "Supernode",
          "chip": "x1",
          "chipCount": { "value": 64, "sources": ["S1"], "confidence": "High", "basis": "Reported" },
          "bf16DensePflops": { "value": 64, "sources": ["S1"], "confidence": "High", "basis": "Reported" },
          "bf16Sparsity": "Dense",
          "powerKW": { "value": 50.5, "sources": ["S2"], "confidence": "Medium", "basis": "AnalystEstimate",
                       "alternatives": [ { "value": 60, "sources": ["S3"] } ] },
          "status": "Shown",
          "sources": ["S4"]
        }
        """;

    /// <summary>What every test dataset needs around the records under test.</summary>
    public const string Base = """
        {
          "dataset": { "version": "t", "asOf": "2025-08-01", "event": "expo" },
          "events": [ { "id": "expo", "name": "Expo", "city": "Shanghai",
                        "start": { "value": "2025-07-26", "sources": ["S1"], "confidence": "High", "basis": "Reported" },
                        "end": { "value": "2025-07-28", "sources": ["S1"], "confidence": "High", "basis": "Reported" },
                        "sources": ["S1"] } ],
          "organizations": [ { "id": "acme", "name": "Acme", "kind": "Company", "roles": ["ChipDesigner", "SystemVendor"],
                               "country": "China", "entityList": { "status": "Unknown" }, "sources": ["S1"] } ],
          "chips": [ { "id": "x1", "name": "X1", "designer": "acme", "kind": "GPU",
                       "bf16DenseTflops": { "value": 1000, "sources": ["S1"], "confidence": "High", "basis": "Reported" },
                       "bf16Sparsity": "Dense",
                       "sources": ["S1"] } ],
          "citations": [
            { "id": "S1", "title": "One", "publisher": "P", "kind": "NewsOriginal" },
            { "id": "S2", "title": "Two", "publisher": "P", "kind": "Analyst" },
            { "id": "S3", "title": "Three", "publisher": "P", "kind": "NewsRelay", "relayOf": "P" },
            { "id": "S4", "title": "Four", "publisher": "P", "kind": "VendorPrimary" },
            { "id": "S6", "title": "Six", "publisher": "P", "kind": "NewsOriginal" }
          ]
        }
        """;

    public static Dataset Parse(params (string File, string Json)[] files) =>
        DatasetLoader.Parse(files.Select(f => (f.File, Encoding.UTF8.GetBytes(f.Json))));

    /// <summary>The base records plus the given clusters in clusters.json.</summary>
    public static Dataset ParseClusters(params string[] clusters) =>
        Parse(("base.json", Base), ("clusters.json", "{ \"clusters\": [" + string.Join(",", clusters) + "] }"));

    /// <summary>Runs <paramref name="action"/> with the current culture (and UI culture) set to <paramref name="name"/>.</summary>
    public static T InCulture<T>(string name, Func<T> action)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    /// <summary>The repository's data folder, found from the test binaries.</summary>
    public static string DataFolder
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "WaicTools.psd1")))
            {
                folder = folder.Parent;
            }

            return Path.Combine(folder?.FullName ?? throw new DirectoryNotFoundException("Repository root not found."), "data");
        }
    }
}
