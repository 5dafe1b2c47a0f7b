using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SafetyBot.Bot.Configuration;

namespace SafetyBot.Bot.Flows.Weekly;

/// <summary>
/// When no weekly card is posted: <c>School:Holidays</c>, or when that is empty the bundled national
/// regional dates (a default each school should check). A holiday without a region applies to all.
/// </summary>
public sealed partial class SchoolHolidays
{
    private readonly IReadOnlyList<(string Name, DateOnly From, DateOnly To, string? Region)> ranges;

    public SchoolHolidays(IOptions<SchoolOptions> school, ILogger<SchoolHolidays> logger)
    {
        var configured = school.Value.Holidays;
        IsDefault = configured.Count == 0;
        var source = IsDefault ? Bundled() : configured;
        var (parsed, errors) = Parse(source);
        if (errors.Count > 0)
        {
            throw new OptionsValidationException(SchoolOptions.Section, typeof(SchoolOptions), errors);
        }

        ranges = parsed;
        if (IsDefault)
        {
            LogDefault(logger, ranges.Count == 0 ? "none" : ranges.Max(r => r.To).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    public bool IsDefault { get; }

    /// <summary>The holiday <paramref name="date"/> falls in for <paramref name="region"/>, or null.</summary>
    public string? HolidayOn(DateOnly date, string? region) => ranges
        .Where(r => date >= r.From && date <= r.To && (r.Region is null || string.Equals(r.Region, region, StringComparison.OrdinalIgnoreCase)))
        .Select(r => r.Name)
        .FirstOrDefault();

    public static (List<(string Name, DateOnly From, DateOnly To, string? Region)> Ranges, List<string> Errors) Parse(IEnumerable<SchoolHoliday> holidays)
    {
        var ranges = new List<(string, DateOnly, DateOnly, string?)>();
        var errors = new List<string>();
        var index = 0;
        foreach (var holiday in holidays)
        {
            var at = $"School:Holidays:{index++}";
            var from = ParseDate(holiday.From);
            var to = ParseDate(holiday.To);
            var region = string.IsNullOrWhiteSpace(holiday.Region) ? null : holiday.Region.Trim().ToLowerInvariant();
            if (from is null || to is null || to < from)
            {
                errors.Add($"{at}: From and To must be dates (yyyy-MM-dd) with To on or after From.");
            }
            else if (region is not null && !TeamSettingsFlow.Regions.Contains(region))
            {
                errors.Add($"{at}: Region must be noord, midden or zuid (or empty for all).");
            }
            else
            {
                ranges.Add((holiday.Name ?? "Vakantie", from.Value, to.Value, region));
            }
        }

        return (ranges, errors);
    }

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static List<SchoolHoliday> Bundled()
    {
        using var stream = typeof(SchoolHolidays).Assembly.GetManifestResourceStream("school-holidays.json")
            ?? throw new InvalidOperationException("The bundled school holidays are missing from the build.");
        using var document = JsonDocument.Parse(stream);
        return [.. document.RootElement.GetProperty("holidays").EnumerateArray().Select(h => new SchoolHoliday
        {
            Name = h.GetProperty("name").GetString(),
            From = h.GetProperty("from").GetString(),
            To = h.GetProperty("to").GetString(),
            Region = h.TryGetProperty("region", out var region) ? region.GetString() : null,
        })];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "School:Holidays is not set: the weekly card skips the bundled default holidays (known up to {LastDate}); set the school's own dates")]
    private static partial void LogDefault(ILogger logger, string lastDate);
}

/// <summary>Bad <c>School:Holidays</c> entries stop the app at start with the entry named.</summary>
public sealed class SchoolHolidaysValidator : IValidateOptions<SchoolOptions>
{
    public ValidateOptionsResult Validate(string? name, SchoolOptions options)
    {
        var errors = SchoolHolidays.Parse(options.Holidays).Errors;
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
