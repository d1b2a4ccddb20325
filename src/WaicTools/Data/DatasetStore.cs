using System;
using System.Diagnostics;
using System.Threading;

namespace WaicTools.Data;

/// <summary>
/// Holds the session's dataset. Nothing is read at Import-Module: the embedded files are parsed on
/// the first call that needs them, exactly once, even when runspaces ask at the same moment.
/// </summary>
internal static class DatasetStore
{
    private static readonly Lazy<LoadResult> s_embedded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The dataset, loading it if this is the first use.</summary>
    public static Dataset Current => s_embedded.Value.Dataset;

    /// <summary>True once the dataset has been loaded.</summary>
    public static bool IsLoaded => s_embedded.IsValueCreated;

    /// <summary>How long the first load took.</summary>
    public static TimeSpan LoadTime => s_embedded.Value.Elapsed;

    private static LoadResult Load()
    {
        var clock = Stopwatch.StartNew();
        var dataset = DatasetLoader.LoadEmbedded();
        return new LoadResult(dataset, clock.Elapsed);
    }

    private sealed class LoadResult
    {
        public LoadResult(Dataset dataset, TimeSpan elapsed)
        {
            Dataset = dataset;
            Elapsed = elapsed;
        }

        public Dataset Dataset { get; }
        public TimeSpan Elapsed { get; }
    }
}
