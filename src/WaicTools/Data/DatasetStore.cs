using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using WaicTools.Model;

namespace WaicTools.Data;

/// <summary>
/// Holds the process's dataset. Nothing is read at Import-Module: the embedded files are parsed on the first
/// call that needs them, exactly once, even when runspaces ask at the same moment. Imports and resets build a
/// complete new dataset first and only then swap it in, so every caller sees either the old or the new one,
/// never a mix, and a failed import changes nothing. The dataset belongs to the process: every runspace in it,
/// ForEach-Object -Parallel included, sees an import from its next call on.
/// </summary>
internal static class DatasetStore
{
    private static readonly Lazy<DatasetLayer> s_embeddedLayer = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly object s_gate = new();
    private static volatile Dataset? s_dataset;
    private static TimeSpan s_loadTime;

    /// <summary>The dataset, loading the embedded data if this is the first use.</summary>
    public static Dataset Current
    {
        get
        {
            var dataset = s_dataset;
            if (dataset is not null)
            {
                return dataset;
            }

            lock (s_gate)
            {
                return s_dataset ??= Embedded();
            }
        }
    }

    /// <summary>True once the dataset has been loaded.</summary>
    public static bool IsLoaded => s_dataset is not null;

    /// <summary>How long parsing the embedded data took.</summary>
    public static TimeSpan LoadTime => s_loadTime;

    /// <summary>
    /// Adds a layer on top of the current ones, or, with <paramref name="replace"/>, instead of all of them.
    /// Throws <see cref="DatasetException"/> and changes nothing when the result is not a valid dataset.
    /// </summary>
    public static Dataset Import(DatasetLayer layer, bool replace, List<string> replaced,
        System.Threading.CancellationToken cancel = default)
    {
        lock (s_gate)
        {
            DatasetLoader.CheckOwnCitationIds(layer, s_embeddedLayer.Value);
            var layers = (replace ? Enumerable.Empty<DatasetLayer>() : Current.Layers).Append(layer).ToArray();
            var dataset = DatasetLoader.Compose(layers, replaced, cancel);
            cancel.ThrowIfCancellationRequested(); // the last moment a stop leaves the dataset as it was
            s_dataset = dataset;
            return dataset;
        }
    }

    /// <summary>Returns to the embedded data alone.</summary>
    public static Dataset Reset()
    {
        lock (s_gate)
        {
            return s_dataset = Embedded();
        }
    }

    private static Dataset Embedded() =>
        DatasetLoader.Compose(new[] { s_embeddedLayer.Value }, new List<string>());

    private static DatasetLayer Load()
    {
        var clock = Stopwatch.StartNew();
        var layer = DatasetLoader.LoadEmbeddedLayer();
        s_loadTime = clock.Elapsed;
        return layer;
    }
}
