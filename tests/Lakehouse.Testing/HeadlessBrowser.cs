using PuppeteerSharp;

namespace Lakehouse.Testing;

/// <summary>
/// The system's Chromium (Debian's <c>chromium</c>; <c>LAKEHOUSE_TEST_CHROMIUM</c> overrides the path), headless, driven
/// over the DevTools protocol with PuppeteerSharp — never a downloaded browser. Every request a page makes is recorded,
/// so a test can prove a page loads nothing from outside itself. The profile lives in a temp folder of the test run.
/// </summary>
public sealed class HeadlessBrowser : IAsyncDisposable
{
    private readonly IBrowser _browser;
    private readonly TempDirectory _profile;

    private HeadlessBrowser(IBrowser browser, TempDirectory profile)
    {
        _browser = browser;
        _profile = profile;
    }

    /// <summary>The Chromium executable, or null when none is installed.</summary>
    public static string? Executable { get; } =
        new[] { Environment.GetEnvironmentVariable("LAKEHOUSE_TEST_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    /// <summary>Starts the browser (no sandbox: tests run as root; no background networking: the machine has no internet).</summary>
    public static async Task<HeadlessBrowser> LaunchAsync()
    {
        var profile = new TempDirectory("chromium");
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = Executable ?? throw new InvalidOperationException("Chromium is not installed (apt-get install chromium)."),
            Headless = true,
            UserDataDir = profile.Path,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                // Several pages are open at once: keep the ones in the background rendering and their timers running.
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows",
            ],
        });
        return new HeadlessBrowser(browser, profile);
    }

    /// <summary>Opens <paramref name="file"/> (a local HTML file) and waits until it has loaded.</summary>
    public async Task<RenderedPage> OpenAsync(string file)
    {
        var page = await _browser.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, e) =>
        {
            lock (requests)
            {
                requests.Add(e.Request.Url);
            }
        };
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 900 });
        await page.GoToAsync(new Uri(Path.GetFullPath(file)).AbsoluteUri, WaitUntilNavigation.Load);
        return new RenderedPage(page, requests);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        await _browser.DisposeAsync();
        _profile.Dispose();
    }
}
