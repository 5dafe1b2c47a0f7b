using SafetyBot.Bot.Flows.Incident;
using SafetyBot.Bot.Flows.Privacy;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.IntegrationTests.Infrastructure;

/// <summary>
/// A small but complete content folder (for <c>Knowledge:ContentPath</c>): two articles plus the
/// incident plans, help lines and model protocol the loader requires. Lets a test class pin exactly
/// which passages exist, whatever the bundled content holds.
/// </summary>
public sealed class SmallKnowledgeBase : IDisposable
{
    /// <param name="extraWeekly">Further weekly dilemmas for all school types (week-extra-01, …), for a school year without repeats.</param>
    public SmallKnowledgeBase(int extraWeekly = 0)
    {
        foreach (var (path, text) in RequiredContent.Files())
        {
            Write(path, text);
        }

        Write("articles/klassenapp-pesten.md", """
            ---
            id: klassenapp-pesten
            title: Pesten in de klassenapp
            audience: [po, vo, mbo]
            kind: dilemma
            tags: [pesten, klassenapp]
            source: "Test"
            reviewed: 2026-11-01
            ---

            # Pesten in de klassenapp

            Pesten in de klassenapp gaat na schooltijd door en raakt de hele klas.

            ## De situatie {#situatie}

            In de klassenapp wordt elke avond een leerling uitgelachen.

            ## Wat doe je als leraar? {#aanpak}

            - Bespreek het pesten in de klassenapp met de klas.
            - Maak samen afspraken over de toon in de klassenapp.
            - Betrek de mentor en de ouders als het pesten doorgaat.
            """);
        Write("articles/instagram-volgen.md", """
            ---
            id: instagram-volgen
            title: Leerlingen volgen op Instagram
            audience: [po, vo, mbo]
            kind: rolmodel
            tags: [instagram, volgen]
            source: "Test"
            reviewed: 2026-11-01
            ---

            # Leerlingen volgen op Instagram

            Een volgverzoek van een leerling op Instagram accepteer je als leraar liever niet.

            ## Waarom niet? {#waarom}

            Een privéaccount laat meer zien dan een leerling van een leraar hoort te zien.

            ## Wat doe je? {#aanpak}

            - Accepteer het verzoek niet en leg de leerling uit waarom.
            """);
        var weekly = new[] { ("week-een", "[po, vo, mbo]"), ("week-twee", "[po, vo, mbo]"), ("week-po", "[po]") }
            .Concat(Enumerable.Range(1, extraWeekly).Select(i => ($"week-extra-{i:00}", "[po, vo, mbo]")));
        foreach (var (id, audience) in weekly)
        {
            Write($"weekly/{id}.md", $$"""
                ---
                id: {{id}}
                title: Dilemma {{id}}
                audience: {{audience}}
                tags: [test]
                source: "Test"
                reviewed: 2026-11-01
                related: [klassenapp-pesten]
                ---

                # Dilemma {{id}}

                Een leerling vraagt je online om hulp. Wat doe je?

                ## Wat doe jij?
                - Ik reageer meteen
                - Ik wacht tot de les
                - Ik vraag een collega

                ## Bespreek in het team
                - Wat spreken we af?
                - Wie helpt wie?

                ## Achtergrond
                Zie [pesten in de klassenapp](id:klassenapp-pesten).
                """);
        }
    }


    public string Root { get; } = Path.Combine(Path.GetTempPath(), "safetybot-kb-" + Guid.NewGuid().ToString("N"));

    private void Write(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

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
}
