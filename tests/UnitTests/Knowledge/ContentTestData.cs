using SafetyBot.Knowledge.Content;

namespace SafetyBot.UnitTests.Knowledge;

/// <summary>Builds small content folders on disk for loader and index tests.</summary>
internal sealed class TempContent : IDisposable
{
    public TempContent() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "safetybot-content-" + Guid.NewGuid().ToString("N"));

    public TempContent Write(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    public LoadedContent Load() => KnowledgeBaseLoader.Load(new FolderContentSource(Root));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>The advice section every article needs (kb validate); <see cref="Article"/> adds it unless told otherwise.</summary>
    public const string DefaultAdvice = "## Wat doe je?\n\n- Vraag een collega om raad.";

    public static string Article(string id, string body, string audience = "[po, vo, mbo]", string? related = null, string kind = "basis", string reviewed = "2026-11-01", string? advice = DefaultAdvice) => $"""
        ---
        id: {id}
        title: Titel van {id}
        audience: {audience}
        kind: {kind}
        tags: [test]
        source: "Bronpagina"
        reviewed: {reviewed}
        related: [{related}]
        ---

        # Titel van {id}

        Inleiding van {id}.

        {body}

        {advice}
        """;

    public static string Weekly(string id, string audience = "[po, vo, mbo]", string options = "- Optie een\n- Optie twee\n- Optie drie", string links = "[het artikel](id:a)") => $"""
        ---
        id: {id}
        title: Dilemma {id}
        audience: {audience}
        tags: [test]
        source: "Bronpagina"
        reviewed: 2026-11-01
        related: []
        ---

        # Dilemma {id}

        Een leerling stuurt je een bericht. Wat doe je?

        ## Wat doe jij?
        {options}

        ## Bespreek in het team
        - Wat vinden jullie?
        - Wat spreken we af?

        ## Achtergrond
        Zie {links}.
        """;

    public static string Quiz(string id, string topic = "basis", string answers = "- [ ] Fout een\n- [x] Goed\n- [ ] Fout twee", string question = "Wat is waar?") => $"""
        ---
        id: {id}
        topic: {topic}
        audience: [po, vo, mbo]
        source: "Bronpagina"
        reviewed: 2026-11-01
        related: [a]
        ---

        # {question}

        ## Antwoorden
        {answers}

        ## Uitleg
        Omdat het zo staat in [het artikel](id:a).
        """;

    /// <summary>A complete, valid minimal content set: the incident plans, help lines and protocol the validator requires.</summary>
    public static TempContent Minimal()
    {
        var content = new TempContent();
        foreach (var (path, text) in RequiredContent.Files())
        {
            content.Write(path, text);
        }

        return content;
    }
}
