using System.Globalization;
using System.Management.Automation;
using WaicTools.Data;

namespace WaicTools.Commands;

/// <summary>What every WaicTools cmdlet shares: access to the dataset and the shape of its errors.</summary>
public abstract class WaicCmdlet : PSCmdlet
{
    private protected Dataset Dataset
    {
        get
        {
            var wasLoaded = DatasetStore.IsLoaded;
            Dataset dataset;
            try
            {
                dataset = DatasetStore.Current;
            }
            catch (DatasetException e)
            {
                ThrowTerminatingError(new ErrorRecord(e, ErrorIds.DatasetInvalid, ErrorCategory.InvalidData, null));
                throw; // not reached: ThrowTerminatingError always throws
            }

            if (!wasLoaded)
            {
                WriteVerbose(string.Format(CultureInfo.InvariantCulture,
                    "Loaded the embedded dataset: {0} cluster systems, {1} alliances in {2:0} ms.",
                    dataset.Clusters.Count, dataset.Alliances.Count, DatasetStore.LoadTime.TotalMilliseconds));
            }

            return dataset;
        }
    }

    private protected static string ClusterNotFoundMessage(string name) => string.Format(
        CultureInfo.InvariantCulture, "No chip cluster named '{0}' was found. Run Get-ChipCluster to list the names.", name);

    /// <summary>Reports a name that matched nothing, and lets the pipeline go on.</summary>
    private protected void WriteNotFound(string errorId, string message, string name) =>
        WriteError(new ErrorRecord(new ItemNotFoundException(message), errorId, ErrorCategory.ObjectNotFound, name));
}
