using System;
using System.Collections.Generic;
using System.Linq;
using WaicTools.Model;

namespace WaicTools;

/// <summary>
/// What every sourced record the cmdlets emit ends with: where sources disagree, caveats, the source ids and the
/// record id. These come after the record's own properties, so CSV columns read from the facts to their sources.
/// </summary>
public abstract class SourcedObject
{
    private protected SourcedObject(Record record, string? notes)
    {
        Stored = record;
        Notes = notes;
    }

    // Worked out when first read: a table shows neither, and each object is made fresh per call.
    private TextList? _sources;
    private string? _alternatives;
    private bool _alternativesKnown;

    /// <summary>The stored record this object shows, for the queries a piped object starts.</summary>
    internal Record Stored { get; }

    /// <summary>True when sources give other values for a figure of this record.</summary>
    public bool HasAlternatives => Alternatives is not null;

    /// <summary>Where sources disagree: each disputed figure with every value and its sources.</summary>
    public string? Alternatives
    {
        get
        {
            if (!_alternativesKnown)
            {
                _alternatives = Join(FactText.Alternatives(Stored), MoreAlternatives());
                _alternativesKnown = true;
            }

            return _alternatives;
        }
    }

    /// <summary>Disputed figures the object shows beyond the stored ones (a system's derived figures); null when none.</summary>
    private protected virtual string? MoreAlternatives() => null;

    /// <summary>Sources of figures the object shows beyond the stored ones (the inputs of a system's derived figures).</summary>
    private protected virtual IEnumerable<string> MoreSources() => Array.Empty<string>();

    private static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : first + " | " + second;

    /// <summary>Caveats and context.</summary>
    public string? Notes { get; }

    /// <summary>Source ids behind this record and its figures; <c>Get-Citation</c> resolves them.</summary>
    public TextList Sources => _sources ??= new TextList(SourceIdOrder.Sort(Stored.AllSourceIds().Concat(MoreSources())).ToArray());

    /// <summary>Stable identifier of the record.</summary>
    public string Id => Stored.Id;

    /// <summary>The file the record came from: embedded/... for the data the module ships, else the imported file.</summary>
    public string DataFile => Stored.File;
}
