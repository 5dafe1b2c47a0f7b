using System.Text.Json;
using Microsoft.Playwright;

namespace SafetyBot.EndToEnd.CardRendering;

/// <summary>
/// Every card family parsed and rendered by the official Adaptive Cards renderer (npm adaptivecards)
/// in headless Chromium: no parse or validation warnings, something visible, a screenshot each.
/// </summary>
public sealed class CardRenderingTests(CardRendererPage renderer) : IClassFixture<CardRendererPage>
{
    public static TheoryData<string> CardNames()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in CardSamples.All())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CardNames))]
    public async Task The_official_renderer_parses_and_renders_the_card_without_warnings(string name)
    {
        var card = CardSamples.All().Single(s => s.Name == name).Card;

        var result = await renderer.RenderAsync(card.ToJsonString());
        var events = result.GetProperty("events").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.True(events.Count == 0, $"{name}: {string.Join("; ", events)}");
        Assert.True(result.GetProperty("rendered").GetBoolean());
        Assert.True(result.GetProperty("text").GetInt32() > 0, "the rendered card shows no text");

        await renderer.Page.Locator("#card").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(RepoPaths.Artifacts("cards"), $"{name}.png") });
    }

    [Fact]
    public async Task The_renderer_check_reports_a_card_it_cannot_parse()
    {
        var result = await renderer.RenderAsync("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Marquee","text":"x"},{"type":"TextBlock","text":"ok","size":"verysmall"}]}""");

        Assert.NotEmpty(result.GetProperty("events").EnumerateArray());
    }
}

/// <summary>One headless Chromium page with the official renderer loaded, shared by the card tests.</summary>
public sealed class CardRendererPage : IAsyncLifetime
{
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    public IPage Page { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (playwright, browser) = await Chromium.LaunchAsync();
        Page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 520, Height = 900 } });
        await Page.SetContentAsync("<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"></head><body style=\"font-family: 'Segoe UI', sans-serif; background: #f5f5f5; margin: 16px\"><div id=\"card\" style=\"width: 480px; background: white\"></div></body></html>");
        await Page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Path.Combine(RepoPaths.Root, "node_modules", "adaptivecards", "dist", "adaptivecards.js") });
    }

    public async Task DisposeAsync()
    {
        await browser.CloseAsync();
        playwright.Dispose();
    }

    /// <summary>Parses, validates and renders a card; returns { events, rendered, text }.</summary>
    public Task<JsonElement> RenderAsync(string cardJson) => Page.EvaluateAsync<JsonElement>("""
            text => {
              const json = JSON.parse(text);
              const context = new AdaptiveCards.SerializationContext();
              const card = new AdaptiveCards.AdaptiveCard();
              card.parse(json, context);
              const events = [];
              for (let i = 0; i < context.eventCount; i++) { events.push(context.getEventAt(i).message); }
              const validation = card.validateProperties();
              for (const v of validation.validationEvents) { events.push(v.message); }
              const host = document.getElementById('card');
              host.innerHTML = '';
              const rendered = card.render();
              if (rendered) { host.appendChild(rendered); }
              return { events, rendered: !!rendered, text: host.innerText.length };
            }
            """, cardJson);
}
