using System.Globalization;
using System.Text;
using WaicTools.Data;

namespace WaicTools.Tests;

/// <summary>Small hand-made dataset files for loader and query tests.</summary>
internal static class TestData
{
    public const string Cluster = """
        {
          "id": "test-system",
          "name": "Test System",
          "vendor": "Acme",
          "country": "China",
          "category": "Supernode",
          "chip": "X1",
          "chipCount": { "value": 64, "sources": ["S1"], "confidence": "High", "basis": "Reported" },
          "powerKW": { "value": 50.5, "sources": ["S2"], "confidence": "Medium", "basis": "AnalystEstimate",
                       "alternatives": [ { "value": 60, "sources": ["S3"] } ] },
          "status": "Shown",
          "sources": ["S4"]
        }
        """;

    public static Dataset Parse(params (string File, string Json)[] files) =>
        DatasetLoader.Parse(files.Select(f => (f.File, Encoding.UTF8.GetBytes(f.Json))));

    public static Dataset ParseClusters(params string[] clusters) =>
        Parse(("clusters.json", "{ \"clusters\": [" + string.Join(",", clusters) + "] }"));

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
}
