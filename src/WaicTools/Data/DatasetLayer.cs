using System.Collections.Generic;
using WaicTools.Model;

namespace WaicTools.Data;

/// <summary>
/// The records read from one set of files (the embedded data, or one import), each checked on its own.
/// Layers are composed into a <see cref="Dataset"/>, which checks the references between them.
/// </summary>
internal sealed class DatasetLayer : RecordSet
{
    /// <param name="name">"embedded", or the path the user imported.</param>
    /// <param name="info">The 'dataset' section, if the files hold one.</param>
    /// <param name="byKind">The records of each kind, in the order of <see cref="RecordSchemas.Kinds"/>.</param>
    /// <param name="warnings">What was read but ignored.</param>
    public DatasetLayer(string name, DatasetInfoRecord? info, IReadOnlyList<IEnumerable<Record>> byKind,
        IReadOnlyList<string> warnings)
        : base(byKind)
    {
        Name = name;
        Info = info;
        Warnings = warnings;
    }

    /// <summary>"embedded", or the path the user imported.</summary>
    public string Name { get; }
    public DatasetInfoRecord? Info { get; }

    /// <summary>What was read but ignored, such as unknown fields.</summary>
    public IReadOnlyList<string> Warnings { get; }
}
