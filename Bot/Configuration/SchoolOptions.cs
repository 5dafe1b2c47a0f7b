namespace SafetyBot.Bot.Configuration;

/// <summary><c>School:*</c>: the one school (or board) this deployment serves.</summary>
public sealed class SchoolOptions
{
    public const string Section = "School";

    public string? Name { get; set; }

    /// <summary><c>po</c>, <c>vo</c>, <c>mbo</c>, a comma-separated mix, or empty for all.</summary>
    public string? Audience { get; set; }

    /// <summary><c>noord</c>, <c>midden</c> or <c>zuid</c> (school holidays).</summary>
    public string? Region { get; set; }

    public SchoolContacts Contacts { get; set; } = new();

    /// <summary>Comma-separated Entra object ids (see docs/design.md, "Audience and rights").</summary>
    public string? Admins { get; set; }

    public string? ProtocolPath { get; set; }

    /// <summary>Date ranges without a weekly card; empty means the bundled defaults (see <c>SchoolHolidays</c>).</summary>
    public List<SchoolHoliday> Holidays { get; set; } = [];

    public IReadOnlySet<string> AdminIds =>
        (Admins ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the Entra object id is one of <see cref="Admins"/> (never true when none are set).</summary>
    public bool IsAdmin(string? aadObjectId) => aadObjectId is not null && AdminIds.Contains(aadObjectId);
}

public sealed class SchoolContacts
{
    public string? AntiBullyingCoordinator { get; set; }
    public string? SafeguardingOfficer { get; set; }
    public string? ConfidentialAdviser { get; set; }
    public string? Management { get; set; }
}

/// <summary>A holiday: from and to inclusive (yyyy-MM-dd); no region means every region.</summary>
public sealed class SchoolHoliday
{
    public string? Name { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Region { get; set; }
}
