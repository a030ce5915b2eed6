using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using PaceLink.Service.Tests.Coach;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Dashboard;

/// <summary>
/// The coach board in a real headless Chromium: three simulated athletes at once, a tile each and
/// the split board filling in; the single-runner page sends the coach there by itself, and a
/// tile opens that athlete's own page. Shots go to PACELINK_SCREENSHOTS when it is set.
/// </summary>
public sealed class CoachBoardBrowserTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 17, 0, 0, TimeSpan.Zero));
    private ClockPump _pump = null!;
    private TestService _service = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        // 10 ms of fake wall time a tick at speed 20: about 20 times faster than real time, so reps and rests are seen.
        _pump = new ClockPump(_time, TimeSpan.FromMilliseconds(10));
        _service = await TestService.StartAsync(realSessions: true, time: _time);
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
        await _pump.DisposeAsync();
    }

    [Theory]
    [InlineData(1024, 768, "tablet")]
    [InlineData(390, 844, "phone")]
    public async Task ThreeAthletesShowThreeTilesAndTheSplitBoard(int width, int height, string name)
    {
        foreach (var (athlete, pace, seed, hrMax) in new[] { ("ana", "4:00", 1, 190), ("ben", "4:10", 2, 182), ("cy", "3:50", 3, 197) })
        {
            (await _service.Http.PostAsync($"/api/athletes/{athlete}/session/start", ThreeAthletesTests.Body(
                $$"""{"simulate":true,"speed":20,"warmup":"30s","set_rest":"2m","target_pace":"{{pace}}","seed":{{seed}},"hr_max":{{hrMax}}}"""))).EnsureSuccessStatusCode();
        }
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });

        // The runner's page, opened with a group live, hands over to the coach board.
        await page.GotoAsync(_service.BaseUrl.ToString());
        await page.WaitForURLAsync("**/coach", new() { Timeout = 45_000 });
        await page.WaitForFunctionAsync("() => document.getElementById('link').textContent === 'live'", null, new() { Timeout = 15_000 });

        await page.WaitForFunctionAsync("() => document.querySelectorAll('#tiles .tile').length === 3", null, new() { Timeout = 15_000 });
        Assert.Equal(["ana", "ben", "cy"], await page.Locator("#tiles .tile .name").AllTextContentsAsync());

        // Two reps each on the split board: a row per athlete, a column per rep, the deviation under each split.
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#splits tr')].length === 3 && [...document.querySelectorAll('#splits tr')].every(r => r.querySelectorAll('td').length >= 3 && r.querySelectorAll('td')[2].textContent !== '')",
            null, new() { Timeout = 60_000 });
        var first = await page.Locator("#splits tr").First.Locator("td").AllTextContentsAsync();
        Assert.Equal("ana", first[0]);
        Assert.Matches(@"^1:3\d\.\d[+−]\d+\.\d s$", first[1]);
        var heart = await page.Locator("#tiles .tile .hr").First.TextContentAsync();
        Assert.Matches(@"^♥ \d+ · \d+%$", heart);
        await Shot(page, "coach-" + name);

        // A tile is the athlete's own page.
        await page.Locator("#tiles .tile", new() { HasText = "ben" }).ClickAsync();
        await page.WaitForURLAsync("**/?athlete=ben");
        await page.WaitForFunctionAsync("() => document.getElementById('link').textContent === 'live' && document.getElementById('phase').textContent !== 'connecting…'", null, new() { Timeout = 15_000 });
        Assert.Equal("‹ group · ben", await page.Locator("#group").TextContentAsync());
        await Shot(page, "coach-athlete-" + name);
    }

    private static async Task Shot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("PACELINK_SCREENSHOTS") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
