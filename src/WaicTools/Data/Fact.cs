using System;
using System.Collections.Generic;
using System.Linq;

namespace WaicTools.Data;

/// <summary>Another published value for the same figure, with its own sources.</summary>
internal sealed class Alternative<T>
{
    public Alternative(T value, IReadOnlyList<string> sources, string? note)
    {
        Value = value;
        Sources = sources;
        Note = note;
    }

    public T Value { get; }
    public IReadOnlyList<string> Sources { get; }
    public string? Note { get; }
}

/// <summary>
/// One figure of the dataset: the primary value the cmdlets show, the sources it came from,
/// and any value other sources give instead.
/// </summary>
internal sealed class Fact<T>
{
    public Fact(T value, IReadOnlyList<string> sources, Confidence confidence, Basis basis, string? note,
        IReadOnlyList<Alternative<T>> alternatives)
    {
        Value = value;
        Sources = sources;
        Confidence = confidence;
        Basis = basis;
        Note = note;
        Alternatives = alternatives;
    }

    public T Value { get; }
    public IReadOnlyList<string> Sources { get; }
    public Confidence Confidence { get; }
    public Basis Basis { get; }
    public string? Note { get; }
    public IReadOnlyList<Alternative<T>> Alternatives { get; }

    /// <summary>The sources of the primary value and of every alternative.</summary>
    public IEnumerable<string> AllSources => Sources.Concat(Alternatives.SelectMany(a => a.Sources));

    public static IReadOnlyList<Alternative<T>> NoAlternatives { get; } = Array.Empty<Alternative<T>>();
}
