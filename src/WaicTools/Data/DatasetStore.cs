using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;

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
    private static volatile State? s_state;
    private static TimeSpan s_loadTime;

    /// <summary>The dataset, loading the embedded data if this is the first use.</summary>
    public static Dataset Current => CurrentState.Dataset;

    /// <summary>True once the dataset has been loaded.</summary>
    public static bool IsLoaded => s_state is not null;

    /// <summary>How long parsing the embedded data took.</summary>
    public static TimeSpan LoadTime => s_loadTime;

    /// <summary>What the current dataset is made of, in order: "embedded" first unless replaced, then each import.</summary>
    public static IReadOnlyList<DatasetLayer> Layers => CurrentState.Layers;

    /// <summary>
    /// Adds a layer on top of the current ones, or, with <paramref name="replace"/>, instead of all of them.
    /// Throws <see cref="DatasetException"/> and changes nothing when the result is not a valid dataset.
    /// </summary>
    public static Dataset Import(DatasetLayer layer, bool replace, List<string> replaced)
    {
        lock (s_gate)
        {
            var layers = (replace ? Enumerable.Empty<DatasetLayer>() : CurrentState.Layers).Append(layer).ToArray();
            var dataset = DatasetLoader.Compose(null, layers, replaced);
            s_state = new State(dataset, layers);
            return dataset;
        }
    }

    /// <summary>Returns to the embedded data alone.</summary>
    public static Dataset Reset()
    {
        lock (s_gate)
        {
            s_state = Embedded();
            return s_state.Dataset;
        }
    }

    private static State CurrentState
    {
        get
        {
            var state = s_state;
            if (state is not null)
            {
                return state;
            }

            lock (s_gate)
            {
                return s_state ??= Embedded();
            }
        }
    }

    private static State Embedded()
    {
        var layer = s_embeddedLayer.Value;
        return new State(DatasetLoader.Compose(layer, Array.Empty<DatasetLayer>(), new List<string>()), new[] { layer });
    }

    private static DatasetLayer Load()
    {
        var clock = Stopwatch.StartNew();
        var layer = DatasetLoader.LoadEmbeddedLayer();
        s_loadTime = clock.Elapsed;
        return layer;
    }

    private sealed class State
    {
        public State(Dataset dataset, IReadOnlyList<DatasetLayer> layers)
        {
            Dataset = dataset;
            Layers = layers;
        }

        public Dataset Dataset { get; }
        public IReadOnlyList<DatasetLayer> Layers { get; }
    }
}
