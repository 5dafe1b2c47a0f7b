using System.Globalization;
using SafetyBot.Knowledge.Content;
using SafetyBot.Kb.Evaluation;
using SafetyBot.Knowledge.Retrieval;
using SafetyBot.Knowledge.Signals;

namespace SafetyBot.Kb;

/// <summary>The retrieval commands: <c>kb search</c> and <c>kb eval</c>.</summary>
public static class KbExtensions
{
    public static async Task<int> RunAsync(string command, KbOptions options, LoadedContent loaded, TextWriter output, TextWriter error)
    {
        switch (command)
        {
            case "search":
                return await SearchAsync(options, loaded, output, error);
            case "eval":
                return await EvalAsync(options, loaded, output, error);
            case "incident":
                return await IncidentAsync(options, output, error);
            case "ask":
                return await AskAsync(options, loaded, output, error);
            default:
                await error.WriteLineAsync($"unknown command '{command}'\n\n{KbCommand.Usage}");
                return 2;
        }
    }

    private static async Task<int> SearchAsync(KbOptions options, LoadedContent loaded, TextWriter output, TextWriter error)
    {
        if (options.Positional.Count == 0)
        {
            await error.WriteLineAsync("kb search needs a question: kb search \"mag ik een leerling volgen op instagram\"");
            return 2;
        }

        var audience = options.Audience is null ? Audience.All : AudienceCodes.TryParse(options.Audience);
        if (audience is null)
        {
            await error.WriteLineAsync("--audience must be po, vo or mbo");
            return 2;
        }

        var question = string.Join(' ', options.Positional);
        using var index = KnowledgeIndex.Build(loaded.KnowledgeBase);
        var answerer = new KnowledgeAnswerer(index, loaded.KnowledgeBase.Articles);
        var result = index.Search(question, audience.Value);
        var answer = answerer.Answer(question, audience.Value);

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"terms: {string.Join(' ', result.QueryTerms)}{(result.UnknownTerms.Count > 0 ? $"  (unknown: {string.Join(' ', result.UnknownTerms)})" : string.Empty)}"));
        await output.WriteLineAsync($"matched as: {string.Join(' ', result.MatchTerms)}");
        if (LanguageGuess.IsEnglish(question))
        {
            var rendering = EnglishGlossary.Render(question);
            var match = index.SearchEnglish(question, audience.Value);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"english: nearest by English examples {string.Join(',', match.ArticleIds.Take(3))} (coverage {match.Coverage:0.00}); Dutch rendering \"{rendering}\""));
            if (rendering.Length > 0)
            {
                var dutch = index.Search(rendering, audience.Value);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"  rendering: {string.Join(',', dutch.Articles.Take(3).Select(a => a.ArticleId))} (coverage {dutch.Coverage:0.00}, {dutch.Domain}, out of scope {dutch.OutOfScope?.Id ?? "none"}, nearest {dutch.NearestOutside.Topic?.Id ?? "none"} at {dutch.NearestOutside.Ratio:0.00})"));
            }
        }
        foreach (var article in result.Articles.Take(5))
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"    {article.Score,6:0.000}  {article.ArticleId}"));
        }

        var rank = 0;
        foreach (var hit in result.Hits)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{++rank,2}. {hit.Score,7:0.000}  {hit.Passage.ArticleId} › {hit.Passage.Heading}"));
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"coverage {answer.Coverage:0.00}, {answer.Domain} → {answer.Kind}; nearest out-of-scope topic {result.NearestOutside.Topic?.Id ?? "none"} at {result.NearestOutside.Ratio:0.00} × the nearest article's examples"));
        if (answer.OutOfScope is { } topic)
        {
            await output.WriteLineAsync($"  buiten de kennisbank: {topic.Id} » {topic.Referral}");
        }

        if (answer.Kind == AnswerKind.Answered)
        {
            foreach (var part in answer.Composed!.Parts)
            {
                await output.WriteLineAsync($"  [{(part.Heading.Length == 0 ? "inleiding" : part.Heading)}]");
                if (part.Paragraph is not null)
                {
                    await output.WriteLineAsync($"  » {part.Paragraph}");
                }

                foreach (var item in part.Items)
                {
                    await output.WriteLineAsync($"  - {item}");
                }
            }

            foreach (var source in answer.Sources)
            {
                await output.WriteLineAsync($"  bron: {source.ArticleTitle} › {source.Heading}");
            }
        }

        return 0;
    }

    /// <summary>
    /// The bot's decision for many questions at once, one line each: the act-now card, the article
    /// answered from, the out-of-scope referral, or "Dat weet ik niet". Questions come one per line on
    /// standard input as <c>id TAB audience TAB text</c> (audience po, vo, mbo or any), or as the
    /// positional text; no follow-up context.
    /// </summary>
    private static async Task<int> AskAsync(KbOptions options, LoadedContent loaded, TextWriter output, TextWriter error)
    {
        var lines = new List<(string Id, string Audience, string Text)>();
        if (options.Positional.Count > 0)
        {
            lines.Add(("-", options.Audience ?? "any", string.Join(' ', options.Positional)));
        }
        else
        {
            while (await Console.In.ReadLineAsync() is { } line)
            {
                var fields = line.Split('\t', 3);
                if (fields.Length == 3)
                {
                    lines.Add((fields[0], fields[1], fields[2]));
                }
            }
        }

        if (lines.Count == 0)
        {
            await error.WriteLineAsync("kb ask needs a question, or lines 'id TAB audience TAB text' on standard input");
            return 2;
        }

        using var index = KnowledgeIndex.Build(loaded.KnowledgeBase);
        var answerer = new KnowledgeAnswerer(index, loaded.KnowledgeBase.Articles);
        var classifier = KbServices.IncidentClassifier();
        foreach (var (id, audienceCode, text) in lines)
        {
            var audience = AudienceCodes.TryParse(audienceCode) ?? Audience.All;
            if (classifier(text) is { } incident)
            {
                await output.WriteLineAsync($"{id}\tincident\t{IncidentTypes.Code(incident)}\t");
                continue;
            }

            var answer = answerer.Answer(text, audience);
            var outcome = answer.Kind == AnswerKind.Answered ? $"answered\t{answer.RankedArticleIds[0]}"
                : answer.OutOfScope is { } topic ? $"referred\t{topic.Id}"
                : $"unknown\t{string.Join(',', answer.RankedArticleIds.Take(1))}";
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{id}\t{outcome}\t{answer.Coverage:0.00} {answer.Domain}{(answer.InEnglish ? " en" : string.Empty)}"));
        }

        return 0;
    }

    private static async Task<int> IncidentAsync(KbOptions options, TextWriter output, TextWriter error)
    {
        if (options.Positional.Count == 0)
        {
            await error.WriteLineAsync("kb incident needs a message: kb incident \"er gaat een naaktfoto rond\"");
            return 2;
        }

        var message = string.Join(' ', options.Positional);
        var signal = new IncidentClassifier().Classify(message);
        // What the act-now card would show beside the plan: the staff steps, the English plan.
        var reading = signal is null ? string.Empty
            : (IncidentVictimReader.Read(message, signal.Type) == IncidentVictim.Staff ? ", staff victim" : string.Empty)
              + (LanguageGuess.IsEnglish(message) ? ", in English" : string.Empty);
        await output.WriteLineAsync(signal is null
            ? "no incident"
            : $"incident {IncidentTypes.Code(signal.Type)}{(signal.Also.Count > 0 ? " (also " + string.Join(", ", signal.Also.Select(IncidentTypes.Code)) + ")" : string.Empty)}{reading}; cues: {string.Join(", ", signal.Cues)}");
        var model = IncidentClassifier.ModelReading(message);
        if (model.Count > 0)
        {
            await output.WriteLineAsync("model: " + string.Join(", ", model.Take(4).Select(x =>
                string.Create(CultureInfo.InvariantCulture, $"{(x.Type is { } t ? IncidentTypes.Code(t) : "no incident")} {x.Probability:0.00}"))));
        }

        return 0;
    }

    private static async Task<int> EvalAsync(KbOptions options, LoadedContent loaded, TextWriter output, TextWriter error)
    {
        if (options.AcutePath is { } acutePath)
        {
            if (!File.Exists(acutePath))
            {
                await error.WriteLineAsync($"no such file: {acutePath}");
                return 2;
            }

            await output.WriteAsync(AcuteEvaluation.Run(AcuteSet.Load(acutePath), KbServices.IncidentClassifier(), options.Positional.Contains("misses")));
            return 0;
        }

        var path = options.SetPath ?? DevSet.Find(Directory.GetCurrentDirectory()) ?? DevSet.Find(AppContext.BaseDirectory);
        if (path is null || !File.Exists(path))
        {
            await error.WriteLineAsync("no development set: pass --set tests/eval/devset.yml");
            return 2;
        }

        var items = DevSet.Load(path);
        using var index = KnowledgeIndex.Build(loaded.KnowledgeBase);
        using var baseline = new BaselineRetriever(loaded.KnowledgeBase);
        var classifier = KbServices.IncidentClassifier();
        var report = RetrievalEvaluation.Run(items, new KnowledgeAnswerer(index, loaded.KnowledgeBase.Articles), baseline, classifier);

        await output.WriteLineAsync($"evaluation set: {path} ({items.Count} questions: {items.Count(i => i.IsAnswerable)} answerable, {items.Count(i => i.Offtopic)} off-topic, {items.Count(i => i.Incident is not null)} incidents)");
        await output.WriteLineAsync(report.Chain.Format());
        await output.WriteLineAsync(report.Baseline.Format());
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"advice shown: {(report.AdviceShown.HowTo == 0 ? 0 : (double)report.AdviceShown.Shown / report.AdviceShown.HowTo):0.000} ({report.AdviceShown.Shown}/{report.AdviceShown.HowTo} how-to questions show the article's advice list)"));
        await output.WriteLineAsync($"off-topic referred on: {report.OffTopicReferred.Referred} of {report.OffTopicReferred.Refused} refused get an out-of-scope topic's referral (whom to ask)");

        // While content is being written, the questions whose expected articles exist say how retrieval does on what is there.
        var present = items.Where(i => !i.IsAnswerable || i.Expect!.Any(id => loaded.KnowledgeBase.Article(id) is not null)).ToList();
        if (present.Count < items.Count)
        {
            var partial = RetrievalEvaluation.Run(present, new KnowledgeAnswerer(index, loaded.KnowledgeBase.Articles), baseline, classifier);
            await output.WriteLineAsync($"on the {present.Count(i => i.IsAnswerable)} answerable questions whose expected articles exist:");
            await output.WriteLineAsync(partial.Chain.Format());
            await output.WriteLineAsync(partial.Baseline.Format());
        }
        await output.WriteLineAsync();
        foreach (var miss in report.Misses)
        {
            await output.WriteLineAsync($"miss: \"{miss.Question}\" expected {miss.Expected}, got {miss.Got}");
        }

        var goalsMet = report.Chain.RecallAt1 >= 0.85 && report.Chain.RecallAt3 >= 0.95 && report.Chain.OffTopicRefused >= 1.0
            && report.Chain.IncidentRecall >= 1.0 && report.Chain.RecallAt1 > report.Baseline.RecallAt1;
        await output.WriteLineAsync(goalsMet ? "goals met" : "goals NOT met (recall@1 ≥ 0.85, recall@3 ≥ 0.95, all off-topic refused, all incidents recognised, ahead of the baseline)");
        return goalsMet ? 0 : 1;
    }
}
