using WaicTools.Model;

namespace WaicTools.Commands;

/// <summary>The stable error ids of the module. Scripts may rely on them; never rename one.</summary>
public static class ErrorIds
{
    /// <summary>An exact cluster name matched no cluster system.</summary>
    public const string ChipClusterNotFound = nameof(ChipClusterNotFound);

    /// <summary>An exact alliance name matched no alliance.</summary>
    public const string AllianceNotFound = nameof(AllianceNotFound);

    /// <summary>An exact chip name matched no chip.</summary>
    public const string ChipNotFound = nameof(ChipNotFound);

    /// <summary>An exact organisation name matched no organisation.</summary>
    public const string OrganizationNotFound = nameof(OrganizationNotFound);

    /// <summary>An exact product name matched no product.</summary>
    public const string ProductNotFound = nameof(ProductNotFound);

    /// <summary>An exact event name matched no event.</summary>
    public const string EventNotFound = nameof(EventNotFound);

    /// <summary>A source id matched no citation.</summary>
    public const string CitationNotFound = nameof(CitationNotFound);

    /// <summary>A name or filter is no valid wildcard pattern (such as '['); the other names still answer.</summary>
    public const string InvalidWildcardPattern = nameof(InvalidWildcardPattern);

    /// <summary>A piped object is of no kind the cmdlet can take.</summary>
    public const string InvalidInputObject = nameof(InvalidInputObject);

    /// <summary>An import path names no file or folder.</summary>
    public const string DatasetFileNotFound = nameof(DatasetFileNotFound);

    /// <summary>An import path names something other than a regular file or a folder: a pipe, a device, a socket.</summary>
    public const string DatasetFileNotRegular = nameof(DatasetFileNotRegular);

    /// <summary>An import or export path is of a provider other than the file system (Variable:, Env:).</summary>
    public const string DatasetPathNotFileSystem = nameof(DatasetPathNotFileSystem);

    /// <summary>An import or export path cannot be read as a path: a drive that does not exist, a malformed wildcard.</summary>
    public const string DatasetPathInvalid = nameof(DatasetPathInvalid);

    /// <summary>An import folder holds no .json file.</summary>
    public const string NoDatasetFiles = nameof(NoDatasetFiles);

    /// <summary>An import file could not be read.</summary>
    public const string DatasetFileUnreadable = nameof(DatasetFileUnreadable);

    /// <summary>An import file is larger than the limit.</summary>
    public const string DatasetFileTooLarge = nameof(DatasetFileTooLarge);

    /// <summary>An export would overwrite files without -Force, or a folder is where a dataset file goes; nothing was written.</summary>
    public const string ExportTargetNotEmpty = nameof(ExportTargetNotEmpty);

    /// <summary>The export path is a file, not a folder; nothing was written.</summary>
    public const string ExportTargetNotFolder = nameof(ExportTargetNotFolder);

    /// <summary>Writing the export failed (a full disk, a read-only mount); nothing was written.</summary>
    public const string ExportWriteFailed = nameof(ExportWriteFailed);

    /// <summary>The system refused to let the export write; nothing was written.</summary>
    public const string ExportAccessDenied = nameof(ExportAccessDenied);

    /// <summary>
    /// An import file, or an object, list, figure or text in it, is larger than the documented limits; nothing was
    /// loaded.
    /// </summary>
    public const string DatasetLimitExceeded = nameof(DatasetLimitExceeded);

    /// <summary>The dataset could not be read; nothing was loaded.</summary>
    public const string DatasetInvalid = nameof(DatasetInvalid);

    /// <summary>Compare-Cluster was given a -Property that is no comparable metric.</summary>
    public const string InvalidComparisonProperty = nameof(InvalidComparisonProperty);

    /// <summary>The reference of Compare-Cluster matched more than one cluster system.</summary>
    public const string AmbiguousReference = nameof(AmbiguousReference);

    /// <summary>Compare-Cluster got a reference but nothing to compare it with.</summary>
    public const string DifferenceObjectMissing = nameof(DifferenceObjectMissing);

    /// <summary>Compare-Cluster got an object that is neither a cluster, a name, nor has a Name property.</summary>
    public const string InvalidClusterInput = nameof(InvalidClusterInput);

    /// <summary>Compare-Chip got an object that is neither a chip, a name, nor has a Name property.</summary>
    public const string InvalidChipInput = nameof(InvalidChipInput);

    /// <summary>An exact name given to Get-WaicFact matched no record of the kinds searched.</summary>
    public const string RecordNotFound = nameof(RecordNotFound);

    /// <summary>Get-WaicFact was given a -Property that shows no figure.</summary>
    public const string InvalidFactProperty = nameof(InvalidFactProperty);

    /// <summary>Get-WaicFact was given a -Kind that is no type of record with figures.</summary>
    public const string InvalidRecordKind = nameof(InvalidRecordKind);
}
