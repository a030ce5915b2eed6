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

    /// <summary>Each part is let go even when one before it fails: a host left running would keep three sessions going for the rest of the run.</summary>
    public async Task DisposeAsync()
    {
        try
        {
            await _browser.DisposeAsync();
            _playwright.Dispose();
        }
        finally
        {
            try
            {
                // The pump still runs here: stopping the host stops the sessions, whose clocks must move.
                await _service.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(60));
            }
            finally
            {
                await _pump.DisposeAsync();
            }
        }
    }

    /// <summary>A step of the page; when it times out, the failure says which step, where the page was and what the service logged.</summary>
    private async Task Step(IPage page, string what, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (TimeoutException e)
        {
            var log = _service.Log.ToString().Split('\n');
            throw new TimeoutException($"timed out waiting for {what}; the page is at {page.Url}; the service's last log lines: "
                + string.Join(" | ", log.TakeLast(15)), e);
        }
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
        await Step(page, "the runner's page to hand over to /coach", () => page.WaitForURLAsync("**/coach", new() { Timeout = 45_000 }));
        await Step(page, "the coach board's stream", () => page.WaitForFunctionAsync("() => document.getElementById('link').textContent === 'live'", null, new() { Timeout = 15_000 }));

        await Step(page, "three tiles", () => page.WaitForFunctionAsync("() => document.querySelectorAll('#tiles .tile').length === 3", null, new() { Timeout = 15_000 }));
        Assert.Equal(["ana", "ben", "cy"], await page.Locator("#tiles .tile .name").AllTextContentsAsync());

        // Two reps each on the split board: a row per athlete, a column per rep, the deviation under each split.
        await Step(page, "two splits per athlete on the split board", () => page.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('#splits tr')].length === 3 && [...document.querySelectorAll('#splits tr')].every(r => r.querySelectorAll('td').length >= 3 && r.querySelectorAll('td')[2].textContent !== '')",
            null, new() { Timeout = 60_000 }));
        var first = await page.Locator("#splits tr").First.Locator("td").AllTextContentsAsync();
        Assert.Equal("ana", first[0]);
        Assert.Matches(@"^1:3\d\.\d[+−]\d+\.\d s$", first[1]);
        var heart = await page.Locator("#tiles .tile .hr").First.TextContentAsync();
        Assert.Matches(@"^♥ \d+ · \d+%$", heart);
        await Shot(page, "coach-" + name);

        // A tile is the athlete's own page.
        await page.Locator("#tiles .tile", new() { HasText = "ben" }).ClickAsync();
        await Step(page, "ben's own page", () => page.WaitForURLAsync("**/?athlete=ben", new() { Timeout = 15_000 }));
        await Step(page, "ben's page to go live", () => page.WaitForFunctionAsync("() => document.getElementById('link').textContent === 'live' && document.getElementById('phase').textContent !== 'connecting…'", null, new() { Timeout = 15_000 }));
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
