using SafetyBot.TeamsAppPackage;

// Builds the Teams app package (SafetyBot.zip) from manifest/; scripts/package.sh is the front door.
try
{
    var settings = PackageSettings.Parse(args);
    var problems = AppPackageBuilder.Build(settings, Console.Out);
    if (problems.Count == 0)
    {
        return 0;
    }

    Console.Error.WriteLine($"package.sh: {settings.Output} was not written:");
    foreach (var problem in problems)
    {
        Console.Error.WriteLine($"  - {problem}");
    }

    return 1;
}
catch (PackageSettingsException e)
{
    Console.Error.WriteLine($"package.sh: {e.Message}");
    Console.Error.WriteLine("usage: scripts/package.sh --app-id GUID --domain HOST [--out FILE] [--version X.Y.Z] [--teams-app-id GUID]");
    Console.Error.WriteLine("                          [--privacy-url URL] [--terms-url URL] [--website-url URL] [--manifest-dir DIR] [--schemas DIR]");
    return 2;
}
