using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Dashboard;

/// <summary>
/// The dashboard in a real headless Chromium, watching a simulated session run ten times faster
/// than real time with a 30 s warm-up: the countdown moves, the rep table fills, and "lap" ends a rest.
/// </summary>
public sealed class DashboardBrowserTests : IAsyncLifetime
{
    private TestService _service = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _service = await TestService.StartAsync(realSessions: true);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _service.DisposeAsync();
    }

    [Fact]
    public async Task TheCountdownRunsTheRepTableFillsAndLapEndsARest()
    {
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await page.GotoAsync(_service.BaseUrl.ToString());
        await Expect(page, "#link", "live");

        using var body = new StringContent("""{"simulate":true,"speed":10,"warmup":"30s","target_pace":"4:00","seed":7}""", Encoding.UTF8, "application/json");
        (await _service.Http.PostAsync("/api/session/start", body)).EnsureSuccessStatusCode();

        // Warm-up: the big countdown shows the time left and keeps moving.
        await Expect(page, "#phase", "warm-up");
        var seen = new HashSet<string>();
        while (await Text(page, "#phase") == "warm-up" && seen.Count < 3)
        {
            seen.Add(await Text(page, "#countdown"));
            await page.WaitForFunctionAsync("t => document.getElementById('countdown').textContent !== t", await Text(page, "#countdown"), new() { Timeout = 10_000 });
        }
        Assert.True(seen.Count >= 3, $"countdown values seen: {string.Join(", ", seen)}");

        // The first rep: distance to go counts down; when it ends, the table gets its row.
        await Expect(page, "#setrep", "set 1 · rep 1");
        await page.WaitForSelectorAsync("#reps tr", new() { Timeout = 30_000 });
        var cells = await page.Locator("#reps tr").First.Locator("td").AllTextContentsAsync();
        Assert.Equal(["1", "1"], cells.Take(2));
        Assert.Matches(@"^1:3\d\.\d$", cells[2]);

        // Rest after rep 1 is 60 s; pressing lap with most of it left starts rep 2 at once.
        await Expect(page, "#phase", "rest");
        var left = Seconds(await Text(page, "#countdown"));
        Assert.True(left > 30, $"only {left} s of rest left before pressing lap");
        await page.ClickAsync("#lap");
        await Expect(page, "#setrep", "set 1 · rep 2", timeout: 2_000);
        Assert.Equal("rep", await Text(page, "#phase"));

        await page.ClickAsync("#stop");
        await Expect(page, "#phase", "done");
    }

    private static async Task<string> Text(IPage page, string selector) => (await page.TextContentAsync(selector))?.Trim() ?? "";

    /// <summary>Waits (bounded) for an element's text to become <paramref name="text"/>.</summary>
    private static Task Expect(IPage page, string selector, string text, float timeout = 15_000) =>
        page.WaitForFunctionAsync(
            "([s, t]) => document.querySelector(s)?.textContent.trim() === t",
            new object[] { selector, text },
            new PageWaitForFunctionOptions { Timeout = timeout });

    /// <summary>"0:52" or "9" as seconds.</summary>
    private static int Seconds(string countdown)
    {
        var parts = countdown.Split(':');
        return parts.Length == 2
            ? int.Parse(parts[0], CultureInfo.InvariantCulture) * 60 + int.Parse(parts[1], CultureInfo.InvariantCulture)
            : int.Parse(countdown, CultureInfo.InvariantCulture);
    }
}
