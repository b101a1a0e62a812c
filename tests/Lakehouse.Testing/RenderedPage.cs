using PuppeteerSharp;

namespace Lakehouse.Testing;

/// <summary>A page loaded in <see cref="HeadlessBrowser"/>: its rendered text, DOM queries, requests and a screenshot.</summary>
public sealed class RenderedPage(IPage page, List<string> requests)
{
    /// <summary>
    /// Basic accessibility checks, run in the page: a language and a title, exactly one <c>h1</c> and no skipped heading
    /// level, a caption and column headers on every table, a text alternative on every image (<c>img alt</c>,
    /// <c>svg[role=img]</c> with <c>aria-label</c>), a text on every link. Each problem is one line.
    /// </summary>
    private const string AccessibilityScript = """
        () => {
          const problems = [];
          if (!document.documentElement.lang) problems.push('html has no lang');
          if (!document.title.trim()) problems.push('no title');
          const headings = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1]);
          if (headings.filter(l => l === 1).length !== 1) problems.push('not exactly one h1');
          headings.forEach((l, i) => { if (i > 0 && l > headings[i - 1] + 1) problems.push('heading level skipped before h' + l); });
          document.querySelectorAll('table').forEach((t, i) => {
            if (!t.querySelector('caption')) problems.push('table ' + i + ' has no caption');
            if (!t.querySelector('th[scope]')) problems.push('table ' + i + ' has no th with scope');
          });
          document.querySelectorAll('img:not([alt])').forEach(() => problems.push('img without alt'));
          document.querySelectorAll('svg').forEach(s => { if (s.getAttribute('role') !== 'img' || !s.getAttribute('aria-label')) problems.push('svg without role=img and aria-label'); });
          document.querySelectorAll('a').forEach(a => { if (!a.textContent.trim()) problems.push('link without text'); });
          return problems;
        }
        """;

    /// <summary>Every URL the page requested (the page itself included).</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (requests)
            {
                return [.. requests];
            }
        }
    }

    /// <summary>The rendered text of the whole page (<c>document.body.innerText</c>).</summary>
    public Task<string> TextAsync() => page.EvaluateExpressionAsync<string>("document.body.innerText");

    /// <summary>The rendered text of each element matching <paramref name="selector"/>.</summary>
    public Task<string[]> TextsAsync(string selector) =>
        page.EvaluateFunctionAsync<string[]>("s => [...document.querySelectorAll(s)].map(e => e.innerText)", selector);

    /// <summary>The serialized DOM as the browser holds it.</summary>
    public Task<string> HtmlAsync() => page.GetContentAsync();

    /// <summary>Accessibility problems found (none: an empty list).</summary>
    public Task<string[]> AccessibilityProblemsAsync() => page.EvaluateFunctionAsync<string[]>(AccessibilityScript);

    /// <summary>Every <c>href</c> and <c>src</c> in the page.</summary>
    public Task<string[]> ReferencesAsync() =>
        page.EvaluateFunctionAsync<string[]>("() => [...document.querySelectorAll('[href],[src]')].map(e => e.getAttribute('href') ?? e.getAttribute('src'))");

    /// <summary>
    /// Saves a full-page PNG to <paramref name="path"/>. The page is brought to the front first: headless Chromium may
    /// never paint a background tab, and a screenshot of one then waits for a frame until it times out.
    /// </summary>
    public async Task ScreenshotAsync(string path)
    {
        await page.BringToFrontAsync();
        await page.ScreenshotAsync(path, new ScreenshotOptions { FullPage = true });
    }
}
