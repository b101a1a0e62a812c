namespace Lakehouse.Cli;

/// <summary>
/// One CLI process's use of a home, coordinated with the others through two lock files in <c>locks/</c>: every process
/// holds <c>users</c> shared while it uses the home, and takes <c>control</c> exclusively while it starts (the private
/// PostgreSQL, migrations, marking interrupted runs) and while it leaves (only the last process to leave stops the
/// server, so a second CLI never loses its warehouse under its feet). Locks die with their process, so a
/// <c>kill -9</c> leaves nothing held.
/// </summary>
internal sealed class HomeSession : IDisposable
{
    private readonly string _users;
    private readonly string _control;
    private FileLock? _start;
    private FileLock? _use;

    private HomeSession(CliHome home, FileLock start, bool alone)
    {
        _users = Path.Combine(home.Locks, "users");
        _control = Path.Combine(home.Locks, "control");
        _start = start;
        Alone = alone;
        _use = FileLock.TryAcquire(_users, exclusive: false);
    }

    /// <summary>No other CLI process was using the home when this one started.</summary>
    public bool Alone { get; }

    /// <summary>Waits for other processes to finish starting or leaving, then joins; the start lock stays held until <see cref="Started"/>.</summary>
    public static async Task<HomeSession> OpenAsync(CliHome home, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(home);
        var start = await FileLock.AcquireAsync(Path.Combine(home.Locks, "control"), exclusive: true, cancellationToken);
        return new HomeSession(home, start, alone: !FileLock.IsHeld(Path.Combine(home.Locks, "users")));
    }

    /// <summary>Lets other processes start.</summary>
    public void Started()
    {
        _start?.Dispose();
        _start = null;
    }

    /// <summary>Leaves the home; <paramref name="lastOut"/> runs first when no other process uses it (e.g. stop the server).</summary>
    public async Task LeaveAsync(Func<Task> lastOut)
    {
        ArgumentNullException.ThrowIfNull(lastOut);
        _start ??= await FileLock.AcquireAsync(_control, exclusive: true, CancellationToken.None);
        try
        {
            _use?.Dispose();
            _use = null;
            using var last = FileLock.TryAcquire(_users, exclusive: true);
            if (last is not null)
            {
                await lastOut();
            }
        }
        finally
        {
            Started();
        }
    }

    /// <summary>Releases both locks without the last-out step (the process is ending anyway).</summary>
    public void Dispose()
    {
        _use?.Dispose();
        Started();
    }
}
