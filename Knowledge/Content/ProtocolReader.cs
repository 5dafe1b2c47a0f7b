namespace SafetyBot.Knowledge.Content;

/// <summary>
/// Reads <c>content/protocol/</c>, the model social-media protocol (one file), and a school's own
/// protocol of the same shape: every section has a stable, unique id.
/// </summary>
internal static class ProtocolReader
{
    public static void Read(ParsedContent file, ContentParts parts, ValidationReport report)
    {
        if (FrontMatterCheck.Read(file, report) is not { } common)
        {
            return;
        }

        if (parts.Protocol is not null)
        {
            report.Error(file.File.Path, "only one protocol file is read; remove the other");
        }

        parts.Protocol = Document(file, common, report);
    }

    /// <summary>The protocol of a file whose front matter <see cref="FrontMatterCheck"/> has read.</summary>
    public static ProtocolDocument Document(ParsedContent file, Article common, ValidationReport report)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in common.Sections)
        {
            if (!file.HeadingHasId(section))
            {
                report.Error(file.File.Path, $"protocol section '{section.Heading}' needs a stable id: ## {section.Heading} {{#id}}");
            }

            if (!ids.Add(section.Id))
            {
                report.Error(file.File.Path, $"protocol section id '{section.Id}' is used twice");
            }
        }

        // A protocol keeps no example questions: only articles' and out-of-scope topics' are searched.
        return new ProtocolDocument(common with { Questions = [] }, file.Front!.Model);
    }
}
