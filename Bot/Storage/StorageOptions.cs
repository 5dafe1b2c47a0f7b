using Microsoft.Extensions.Options;
using Npgsql;

namespace SafetyBot.Bot.Storage;

/// <summary><c>Storage:*</c>: which store the bot keeps its state in, and for how long.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>Sqlite</c> (the embedded default) or <c>Postgres</c> (several instances).</summary>
    public string Provider { get; set; } = nameof(StoreProvider.Sqlite);

    /// <summary>The PostgreSQL connection string; required for Postgres, not used for Sqlite. Never logged.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where the SQLite file lives; relative paths are taken from the content root.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>Records older than this many days are deleted; a user's preference and 1:1 conversation reference after this many days without activity.</summary>
    public int RetentionDays { get; set; } = 365;

    public StoreProvider ParsedProvider =>
        Enum.TryParse<StoreProvider>(Provider, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException($"{Section}:{nameof(Provider)} must be Sqlite or Postgres.");
}

public enum StoreProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Stops the app at start with a message that names the key; never echoes the connection string.</summary>
public sealed class StorageOptionsValidator(IHostEnvironment environment) : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        var isSqlite = string.Equals(options.Provider, nameof(StoreProvider.Sqlite), StringComparison.OrdinalIgnoreCase);
        var isPostgres = string.Equals(options.Provider, nameof(StoreProvider.Postgres), StringComparison.OrdinalIgnoreCase);

        if (!isSqlite && !isPostgres)
        {
            failures.Add($"Storage:Provider must be Sqlite or Postgres, not '{Shorten(options.Provider)}'.");
        }

        if (isPostgres)
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                failures.Add("Storage:ConnectionString is required when Storage:Provider is Postgres.");
            }
            else if (!IsValidPostgresConnectionString(options.ConnectionString))
            {
                failures.Add("Storage:ConnectionString is not a valid PostgreSQL connection string (Host=…;Database=…;Username=…).");
            }
        }

        if (isSqlite)
        {
            if (!string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                failures.Add("Storage:ConnectionString is only used with Storage:Provider Postgres; for Sqlite set Storage:DataDirectory.");
            }

            if (string.IsNullOrWhiteSpace(options.DataDirectory))
            {
                failures.Add("Storage:DataDirectory must name a directory for the SQLite file.");
            }
            else if (!CanCreate(StoreDatabase.ResolveDataDirectory(options.DataDirectory, environment.ContentRootPath)))
            {
                failures.Add("Storage:DataDirectory cannot be created or is not a directory.");
            }
        }

        if (options.RetentionDays < 1)
        {
            failures.Add("Storage:RetentionDays must be 1 or more.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsValidPostgresConnectionString(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return !string.IsNullOrWhiteSpace(builder.Host);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool CanCreate(string directory)
    {
        try
        {
            PrivateFiles.CreateDirectory(directory);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }

    private static string Shorten(string? value) => value is null ? string.Empty : value.Length <= 20 ? value : value[..20] + "…";
}
