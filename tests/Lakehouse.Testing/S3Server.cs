using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Lakehouse.Core.Storage;

namespace Lakehouse.Testing;

/// <summary>
/// The S3 server of this test process: the one named by <c>LAKEHOUSE_TEST_S3_URL</c> (with
/// <c>LAKEHOUSE_TEST_S3_ACCESS_KEY</c>/<c>LAKEHOUSE_TEST_S3_SECRET_KEY</c>) when set, else s3rver from
/// <c>tools/node_modules</c> on a free port over a temp folder, stopped when the test process ends (<see cref="TestRunCleanup"/>). Tests use their own buckets
/// (<see cref="NewBucketName"/>).
/// </summary>
public sealed class S3Server
{
    /// <summary>Environment variable naming an existing S3 endpoint (e.g. MinIO) to use instead of s3rver.</summary>
    public const string UrlVariable = "LAKEHOUSE_TEST_S3_URL";

    private const string S3rverCredential = "S3RVER";
    private static readonly Lazy<Task<S3Server>> Instance = new(StartAsync);

    private S3Server(string serviceUrl, string accessKey, string secretKey, bool isS3rver)
    {
        ServiceUrl = serviceUrl;
        AccessKey = accessKey;
        SecretKey = secretKey;
        IsS3rver = isS3rver;
    }

    /// <summary>Endpoint URL, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string ServiceUrl { get; }

    /// <summary>Access key (s3rver: <c>S3RVER</c>).</summary>
    public string AccessKey { get; }

    /// <summary>Secret key (s3rver: <c>S3RVER</c>).</summary>
    public string SecretKey { get; }

    /// <summary>Whether the server is the process's own s3rver (which needs <see cref="LakeOptions.Compatibility"/>).</summary>
    public bool IsS3rver { get; }

    /// <summary>The process-wide server, started on first use.</summary>
    public static Task<S3Server> GetAsync() => Instance.Value;

    /// <summary>A unique valid bucket name for a test on this server: <c>{prefix}-{8 random hex}</c>, lowercased.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Reads as a request to this server: server.NewBucketName(\"bronze\").")]
    public string NewBucketName(string prefix) => UniqueBucketName(prefix);

    /// <summary>
    /// A unique valid bucket name, <c>{prefix}-{8 random hex}</c> lowercased, for code that has no server at hand
    /// (the same names serve the filesystem store).
    /// </summary>
    public static string UniqueBucketName(string prefix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        var clean = new string([.. prefix.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        clean = clean.Length == 0 ? "test" : clean[..Math.Min(clean.Length, 40)];
        return $"{clean}-{Guid.NewGuid():N}"[..(clean.Length + 9)];
    }

    /// <summary>Options for an <see cref="S3ObjectStore"/> on this server (Compatibility on for s3rver).</summary>
    public LakeOptions CreateLakeOptions() => new()
    {
        Provider = LakeProvider.S3,
        ServiceUrl = ServiceUrl,
        AccessKey = AccessKey,
        SecretKey = SecretKey,
        Compatibility = IsS3rver || Environment.GetEnvironmentVariable("LAKEHOUSE_TEST_S3_COMPATIBILITY") == "true",
    };

    private static async Task<S3Server> StartAsync()
    {
        var url = Environment.GetEnvironmentVariable(UrlVariable);
        if (!string.IsNullOrWhiteSpace(url))
        {
            return new S3Server(
                url,
                Environment.GetEnvironmentVariable("LAKEHOUSE_TEST_S3_ACCESS_KEY") ?? "",
                Environment.GetEnvironmentVariable("LAKEHOUSE_TEST_S3_SECRET_KEY") ?? "",
                isS3rver: false);
        }

        var script = Path.Combine(RepoPaths.Tools, "node_modules", "s3rver", "bin", "s3rver.js");
        var node = FindOnPath("node");
        if (node is null || !File.Exists(script))
        {
            throw new InvalidOperationException("s3rver not installed: run scripts/setup.sh (npm install --prefix tools --no-save)");
        }

        var folder = new TempDirectory("s3rver");
        var port = FreePort();
        var process = StartProcess(node, [script, "--directory", folder.Path, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--address", "127.0.0.1", "--silent"], out var output);
        TestRunCleanup.OnExit($"kill {process.Id} 2>/dev/null");
        await WaitForPortAsync(process, port, output);
        return new S3Server($"http://127.0.0.1:{port}", S3rverCredential, S3rverCredential, isS3rver: true);
    }

    private static Process StartProcess(string executable, string[] arguments, out StringBuilder output)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        var log = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        output = log;
        return process;
    }

    private static void Append(StringBuilder log, string? line)
    {
        lock (log)
        {
            log.AppendLine(line);
        }
    }

    private static async Task WaitForPortAsync(Process process, int port, StringBuilder output)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (!process.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
            catch (SocketException e)
            {
                string log;
                lock (output)
                {
                    log = output.ToString();
                }

                throw new InvalidOperationException($"s3rver did not answer on 127.0.0.1:{port} (exited: {process.HasExited}). Output:{Environment.NewLine}{log}", e);
            }
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
