using Microsoft.Extensions.Options;
using SafetyBot.Bot.Configuration;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Bot.Flows.SchoolProtocol;

/// <summary>The school's own protocol file, read and validated once at start (<c>School:ProtocolPath</c>).</summary>
public sealed class SchoolProtocolFile
{
    public SchoolProtocolFile(IOptions<SchoolOptions> school)
    {
        var path = school.Value.ProtocolPath;
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"School:ProtocolPath '{path}' does not exist.");
        }

        var (document, report) = KnowledgeBaseLoader.LoadProtocol(new ContentFile(Path.GetFileName(path), File.ReadAllText(path)));
        if (!report.IsValid || document is null)
        {
            throw new InvalidOperationException($"School:ProtocolPath '{path}' has errors:{Environment.NewLine}{string.Join(Environment.NewLine, report.Errors)}");
        }

        Document = document;
    }

    public ProtocolDocument? Document { get; }
}
