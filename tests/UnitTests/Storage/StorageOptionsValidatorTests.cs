using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using SafetyBot.Bot.Storage;

namespace SafetyBot.UnitTests.Storage;

public sealed class StorageOptionsValidatorTests
{
    private static readonly StorageOptionsValidator Validator = new(new TestEnvironment());

    [Fact]
    public void The_defaults_are_valid_and_pick_sqlite()
    {
        var options = new StorageOptions { DataDirectory = Path.Combine(Path.GetTempPath(), "safetybot-unit-" + Guid.NewGuid().ToString("N")) };

        Assert.True(Validator.Validate(null, options).Succeeded);
        Assert.Equal(StoreProvider.Sqlite, options.ParsedProvider);
        Directory.Delete(options.DataDirectory);
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("POSTGRES")]
    public void The_provider_name_is_case_insensitive(string provider)
    {
        var options = new StorageOptions { Provider = provider, ConnectionString = "Host=127.0.0.1;Database=safetybot;Username=bot" };

        Assert.True(Validator.Validate(null, options).Succeeded);
        Assert.Equal(StoreProvider.Postgres, options.ParsedProvider);
    }

    [Theory]
    [InlineData("Sql", null, 365, "Storage:Provider must be Sqlite or Postgres")]
    [InlineData("1", null, 365, "Storage:Provider must be Sqlite or Postgres")]
    [InlineData("Postgres", null, 365, "Storage:ConnectionString is required")]
    [InlineData("Postgres", "Database=x", 365, "Storage:ConnectionString is not a valid PostgreSQL connection string")]
    [InlineData("Sqlite", null, 0, "Storage:RetentionDays must be 1 or more")]
    public void A_bad_setting_fails_with_a_message_naming_the_key(string provider, string? connectionString, int retentionDays, string expected)
    {
        var options = new StorageOptions { Provider = provider, ConnectionString = connectionString, RetentionDays = retentionDays, DataDirectory = Path.GetTempPath() };

        var result = Validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_string_is_never_echoed_in_the_failure()
    {
        var result = Validator.Validate(null, new StorageOptions { Provider = "Postgres", ConnectionString = "Password=s3cret;Bogus=1" });

        Assert.DoesNotContain("s3cret", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_directory_that_is_a_file_fails_naming_the_key()
    {
        var file = Path.GetTempFileName();
        try
        {
            var result = Validator.Validate(null, new StorageOptions { DataDirectory = file });

            Assert.Contains("Storage:DataDirectory", result.FailureMessage, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";
        public string ApplicationName { get; set; } = "SafetyBot";
        public string ContentRootPath { get; set; } = Path.GetTempPath();
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
