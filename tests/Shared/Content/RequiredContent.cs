using SafetyBot.Knowledge.Content;

namespace SafetyBot.TestSupport;

/// <summary>
/// The files the loader requires in any content folder: an incident plan for every incident type (with the
/// aftercare section where the type needs one), the help lines and the model protocol. Shared by the unit tests' <c>TempContent</c> and the integration
/// tests' <c>SmallKnowledgeBase</c> (tests/Shared/Content, compiled into both).
/// </summary>
internal static class RequiredContent
{
    public static IEnumerable<(string Path, string Text)> Files()
    {
        foreach (var type in IncidentTypes.All)
        {
            var code = IncidentTypes.Code(type);
            var aftercare = ContentVocabulary.AftercareTypes.Contains(type) ? $"\n\n## {ContentVocabulary.IncidentAftercareHeading}\n- Praat met de vertrouwenspersoon." : string.Empty;
            yield return ($"incident/incident-{code}.md", $"""
                ---
                id: incident-{code}
                title: Plan {code}
                incident: {code}
                audience: [po, vo, mbo]
                kind: incident
                tags: [{code}]
                source: "Test"
                reviewed: 2026-11-01
                ---

                # Plan {code}

                Samenvatting.

                ## Nu doen
                1. Bel {'{'}SafeguardingOfficer{'}'}.

                ## Niet doen
                - Niet doorsturen.

                ## Wie schakel je in
                - {'{'}Management{'}'} en {'{'}lijn:112{'}'}{aftercare}
                """);
        }

        yield return ("incident/hulplijnen.md", """
            ---
            id: hulplijnen
            title: Hulplijnen
            audience: [po, vo, mbo]
            kind: hulplijnen
            tags: [hulp]
            source: "Test"
            reviewed: 2026-11-01
            ---

            # Hulplijnen

            ## Alarmnummer 112 {#112}

            Voor: direct gevaar.

            Bereikbaar: 112

            Dag en nacht: ja
            """);
        yield return ("protocol/model-protocol.md", """
            ---
            id: model-protocol
            title: Modelprotocol
            audience: [po, vo, mbo]
            kind: protocol
            model: true
            tags: [protocol]
            source: "Test"
            reviewed: 2026-11-01
            ---

            # Modelprotocol

            ## Doel {#doel}

            Het doel.
            """);
    }
}
