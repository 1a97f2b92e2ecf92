using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Approvals.Infrastructure.Persistence;

/// <summary>
/// While another connection holds the lock a statement needs, SQLite calls the connection's busy handler with the
/// number of times it has called it for this attempt; 1 tries again, 0 gives up with SQLITE_BUSY (which
/// Microsoft.Data.Sqlite then retries itself until the command timeout). This one tries again every millisecond for
/// five seconds, so a waiting writer gets the lock within about a millisecond of its
/// release. SQLite's own (<c>busy_timeout</c>) sleeps 1, 2, 5, 10, 15, 20, 25 … 100 ms between attempts: under
/// many writers a waiting one slept through most of the moments the lock was free. SQLitePCLRaw 3 no longer
/// wraps <c>sqlite3_busy_handler</c>, so it is called in the bundled library directly.
/// </summary>
internal static class BusyHandler
{
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(5);

    // Kept in a static field: SQLite holds a pointer to it for as long as any connection lives.
    private static readonly Callback TryAgainCallback = TryAgain;
    private static readonly IntPtr TryAgainPointer = Marshal.GetFunctionPointerForDelegate(TryAgainCallback);
    private static volatile bool _available = true;

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int Callback(IntPtr state, int count);

    /// <summary>Installs the handler on the open connection; false when the SQLite library in use does not export it.</summary>
    public static bool TryInstall(SqliteConnection connection)
    {
        if (!_available)
            return false;
        try
        {
            return sqlite3_busy_handler(connection.Handle!.DangerousGetHandle(), TryAgainPointer, IntPtr.Zero) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // Another SQLite build (an operator's own provider): it keeps SQLite's busy_timeout.
            _available = false;
            return false;
        }
    }

    private static int TryAgain(IntPtr state, int count)
    {
        if (count >= GiveUpAfter.TotalMilliseconds)
            return 0;
        Thread.Sleep(1);
        return 1;
    }

    [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_busy_handler(IntPtr database, IntPtr callback, IntPtr state);
}
