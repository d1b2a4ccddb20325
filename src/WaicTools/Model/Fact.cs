using System;
using System.Collections.Generic;
using System.Linq;

namespace WaicTools.Model;

/// <summary>Another published value for the same figure, with its own sources and, where it differs, its own grade.</summary>
internal sealed class Alternative<T>
{
    public Alternative(T value, IReadOnlyList<string> sources, string? note, Confidence? confidence = null)
    {
        Value = value;
        Sources = sources;
        Note = note;
        Confidence = confidence;
    }

    public T Value { get; }
    public IReadOnlyList<string> Sources { get; }
    public string? Note { get; }

    /// <summary>How far this value can be trusted, where it differs from the figure's (a rumour: Low); null when the same.</summary>
    public Confidence? Confidence { get; }
}

/// <summary>What every figure offers, whatever the type of its value.</summary>
internal interface IFact
{
    IReadOnlyList<string> Sources { get; }
    Confidence Confidence { get; }
    Basis Basis { get; }
    string? Note { get; }
    IReadOnlyList<IReadOnlyList<string>> AlternativeSources { get; }

    /// <summary>Each alternative's own grade, in order; null where it is the figure's.</summary>
    IReadOnlyList<Confidence?> AlternativeConfidence { get; }
    bool HasAlternatives { get; }
}

/// <summary>
/// One figure of the dataset: the primary value the cmdlets show, the sources it came from,
/// and any value other sources give instead.
/// </summary>
internal sealed class Fact<T> : IFact
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

    public IReadOnlyList<IReadOnlyList<string>> AlternativeSources =>
        Alternatives.Count == 0 ? Array.Empty<IReadOnlyList<string>>() : Alternatives.Select(a => a.Sources).ToArray();

    public IReadOnlyList<Confidence?> AlternativeConfidence => Alternatives.Select(a => a.Confidence).ToArray();

    public bool HasAlternatives => Alternatives.Count > 0;

    /// <summary>The primary value followed by every alternative value.</summary>
    public IEnumerable<T> Candidates => new[] { Value }.Concat(Alternatives.Select(a => a.Value));

    public static IReadOnlyList<Alternative<T>> NoAlternatives { get; } = Array.Empty<Alternative<T>>();
}
