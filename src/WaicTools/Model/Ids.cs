namespace WaicTools.Model;

/// <summary>The two id shapes of the dataset, checked by hand: the loader calls these for every record.</summary>
internal static class Ids
{
    /// <summary>A record id: lower-case letters and digits in groups joined by single hyphens ("cloudmatrix-384").</summary>
    public static bool IsRecordId(string id)
    {
        if (id.Length == 0 || id[0] == '-' || id[id.Length - 1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var ok = c is >= 'a' and <= 'z' or >= '0' and <= '9' || (c == '-' && id[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The id of a citation: one of the dataset's own (<see cref="IsDatasetSourceId"/>, "S9"), or one of a user's own,
    /// written as a record id ("acme-report-2026"), which no release of the dataset will ever use.
    /// </summary>
    public static bool IsSourceId(string id) => IsDatasetSourceId(id) || IsRecordId(id);

    /// <summary>The form the dataset keeps for its own citations: S followed by a number without leading zero ("S9").</summary>
    public static bool IsDatasetSourceId(string id)
    {
        if (id.Length < 2 || id[0] != 'S' || id[1] == '0')
        {
            return false;
        }

        for (var i = 1; i < id.Length; i++)
        {
            if (id[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
