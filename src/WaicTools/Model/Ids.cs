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

    /// <summary>A source id: S followed by a number without leading zero ("S9").</summary>
    public static bool IsSourceId(string id)
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
