using System.IO.Compression;
using System.Text.Json.Nodes;

namespace SafetyBot.IntegrationTests.Deployment;

/// <summary>Runs scripts/package.sh once with a test app id and domain and unpacks SafetyBot.zip.</summary>
public sealed class PackagedApp : IAsyncLifetime
{
    public const string AppId = "0b7c4a52-1f3e-4d6a-9c21-5e8f7a3b2d10";
    public const string Domain = "safetybot.testschool.nl";

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"safetybot-package-{Guid.NewGuid():N}");
    public ProcessRun Run { get; private set; } = new(-1, "");
    public Dictionary<string, byte[]> Entries { get; } = new(StringComparer.Ordinal);
    public JsonNode Manifest => JsonNode.Parse(Entries["manifest.json"])!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        Run = await PackageScript.RunAsync(Folder, "--app-id", AppId, "--domain", Domain, "--out", Path.Combine(Folder, "SafetyBot.zip"), "--version", "1.4.0");
        if (Run.ExitCode != 0)
        {
            return;
        }

        using var zip = ZipFile.OpenRead(Path.Combine(Folder, "SafetyBot.zip"));
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Entries[entry.FullName] = copy.ToArray();
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}

public static class PackageScript
{
    public static Task<ProcessRun> RunAsync(string workingDirectory, params string[] arguments) =>
        ProcessRun.RunAsync(
            "bash",
            [Path.Combine(RepositoryPaths.Root, "scripts", "package.sh"), .. arguments],
            workingDirectory,
            TimeSpan.FromMinutes(4),
            new Dictionary<string, string?>
            {
                ["SAFETYBOT_SCHEMAS"] = RepositoryPaths.Schemas,
                ["MICROSOFT_APP_ID"] = null,
                ["MicrosoftAppId"] = null,
                ["BOT_DOMAIN"] = null,
            });
}

public sealed class AppPackageTests(PackagedApp package) : IClassFixture<PackagedApp>
{
    [Fact]
    public void Package_script_succeeds_and_holds_manifest_localization_and_both_icons_at_the_root()
    {
        Assert.True(package.Run.ExitCode == 0, package.Run.Output);
        Assert.Equal(["color.png", "en.json", "manifest.json", "outline.png"], package.Entries.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Manifest_is_valid_against_the_official_schema_of_its_version_1_24_or_newer()
    {
        var manifest = package.Manifest;
        var version = manifest["manifestVersion"]!.GetValue<string>();

        Assert.True(Version.Parse(version) >= new Version(1, 24), $"manifest version {version}");
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json", manifest["$schema"]!.GetValue<string>());
        Assert.Empty(OfficialTeamsSchema.Validate(manifest, version, "MicrosoftTeams.schema.json"));
    }

    [Fact]
    public void English_localization_is_valid_against_the_official_localization_schema()
    {
        var version = package.Manifest["manifestVersion"]!.GetValue<string>();
        var english = JsonNode.Parse(package.Entries["en.json"])!;

        Assert.Empty(OfficialTeamsSchema.Validate(english, version, "MicrosoftTeams.Localization.schema.json"));
        Assert.Equal("forget me", LocalizedTitle(english, "vergeet mij"));
        Assert.Equal("role model", LocalizedTitle(english, "rolmodel"));
        Assert.Equal("what do you know about me", LocalizedTitle(english, "wat weet je over mij"));
    }

    [Fact]
    public void Manifest_carries_the_app_id_domain_and_a_bot_for_personal_team_and_group_chat_in_dutch()
    {
        var manifest = package.Manifest;
        var bot = manifest["bots"]![0]!;

        Assert.Equal(PackagedApp.AppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(PackagedApp.AppId, bot["botId"]!.GetValue<string>());
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal([PackagedApp.Domain], manifest["validDomains"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal("1.4.0", manifest["version"]!.GetValue<string>());
        Assert.Equal("nl-NL", manifest["localizationInfo"]!["defaultLanguageTag"]!.GetValue<string>());
        Assert.Equal("en.json", manifest["localizationInfo"]!["additionalLanguages"]![0]!["file"]!.GetValue<string>());
        Assert.Matches("^#[0-9A-Fa-f]{6}$", manifest["accentColor"]!.GetValue<string>());
        Assert.Equal($"https://{PackagedApp.Domain}/privacy", manifest["developer"]!["privacyUrl"]!.GetValue<string>());
        Assert.Equal($"https://{PackagedApp.Domain}/terms", manifest["developer"]!["termsOfUseUrl"]!.GetValue<string>());
        Assert.DoesNotContain("${{", manifest.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Command_lists_offer_the_design_commands_per_scope()
    {
        var lists = package.Manifest["bots"]![0]!["commandLists"]!.AsArray();
        string[] Titles(string scope) => lists
            .Where(l => l!["scopes"]!.AsArray().Any(s => s!.GetValue<string>() == scope))
            .SelectMany(l => l!["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()))
            .ToArray();

        Assert.Equal(["help", "vraag", "protocol", "rolmodel", "quiz", "quizoverzicht", "inzichten", "vergeet mij", "wat weet je over mij", "logboek"], Titles("personal"));
        Assert.Contains("weekkaart", Titles("team"));
        Assert.Contains("instellingen", Titles("team"));
        Assert.DoesNotContain("weekkaart", Titles("groupChat"));
        Assert.Contains("help", Titles("groupChat"));
    }

    [Fact]
    public void Colour_icon_is_192_pixels_square_and_opaque()
    {
        var icon = PngFile.Read(package.Entries[package.Manifest["icons"]!["color"]!.GetValue<string>()]);

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.All(Enumerable.Range(0, 192 * 192), i => Assert.Equal(255, icon.Rgba[(i * 4) + 3]));
    }

    [Fact]
    public void Outline_icon_is_32_pixels_square_white_on_a_transparent_background()
    {
        var icon = PngFile.Read(package.Entries[package.Manifest["icons"]!["outline"]!.GetValue<string>()]);

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.Equal(6, icon.ColorType);
        var pixels = Enumerable.Range(0, 32 * 32).Select(i => icon.Rgba.AsSpan(i * 4, 4).ToArray()).ToList();
        Assert.All(pixels.Where(p => p[3] > 0), p => Assert.Equal([255, 255, 255], p[..3]));
        Assert.All(new[] { 0, 31, 32 * 31, (32 * 32) - 1 }, corner => Assert.Equal(0, pixels[corner][3]));
        Assert.True(pixels.Count(p => p[3] == 0) > 32 * 32 / 2, "mostly transparent");
        Assert.True(pixels.Count(p => p[3] == 255) > 50, "a visible white mark");
    }

    [Fact]
    public async Task An_app_id_that_is_not_a_guid_is_refused_and_nothing_is_written()
    {
        var output = Path.Combine(package.Folder, "bad-id.zip");

        var run = await PackageScript.RunAsync(package.Folder, "--app-id", "my-bot", "--domain", PackagedApp.Domain, "--out", output);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--app-id 'my-bot' is not a GUID", run.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task A_domain_given_as_a_url_is_refused()
    {
        var output = Path.Combine(package.Folder, "bad-domain.zip");

        var run = await PackageScript.RunAsync(package.Folder, "--app-id", PackagedApp.AppId, "--domain", "https://safetybot.testschool.nl/api/messages", "--out", output);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("must be a host name only", run.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task App_id_and_domain_can_come_from_the_environment()
    {
        var output = Path.Combine(package.Folder, "from-env.zip");

        var run = await ProcessRun.RunAsync(
            "bash", [Path.Combine(RepositoryPaths.Root, "scripts", "package.sh"), "--out", output], package.Folder, TimeSpan.FromMinutes(4),
            new Dictionary<string, string?>
            {
                ["SAFETYBOT_SCHEMAS"] = RepositoryPaths.Schemas,
                ["MICROSOFT_APP_ID"] = PackagedApp.AppId,
                ["BOT_DOMAIN"] = "bot.other-school.nl",
            });

        Assert.True(run.ExitCode == 0, run.Output);
        using var zip = ZipFile.OpenRead(output);
        var manifest = JsonNode.Parse(zip.GetEntry("manifest.json")!.Open())!;
        Assert.Equal("bot.other-school.nl", manifest["validDomains"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_manifest_that_breaks_the_schema_or_an_outline_icon_in_colour_stops_the_package()
    {
        var templates = Path.Combine(package.Folder, "broken-manifest");
        Directory.CreateDirectory(templates);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "manifest")))
        {
            File.Copy(file, Path.Combine(templates, Path.GetFileName(file)));
        }

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(templates, "manifest.json")))!;
        manifest["name"]!["short"] = "SafetyBot, de coach voor sociale veiligheid";
        File.WriteAllText(Path.Combine(templates, "manifest.json"), manifest.ToJsonString());
        File.Copy(Path.Combine(templates, "color.png"), Path.Combine(templates, "outline.png"), overwrite: true);
        var output = Path.Combine(package.Folder, "broken.zip");

        var run = await PackageScript.RunAsync(package.Folder, "--app-id", PackagedApp.AppId, "--domain", PackagedApp.Domain, "--out", output, "--manifest-dir", templates);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("manifest.json: /name/short", run.Output, StringComparison.Ordinal);
        Assert.Contains("the outline icon must be 32x32", run.Output, StringComparison.Ordinal);
        Assert.Contains("the outline icon must be white only", run.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    private static string LocalizedTitle(JsonNode english, string dutchTitle)
    {
        var lists = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "manifest", "manifest.json")))!["bots"]![0]!["commandLists"]!.AsArray();
        var index = lists[0]!["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()).ToList().IndexOf(dutchTitle);
        return english[$"bots[0].commandLists[0].commands[{index}].title"]!.GetValue<string>();
    }
}
