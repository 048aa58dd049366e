namespace Caaa.EndToEnd.Tests;

/// <summary>Polls real servers until what a test waits for has happened, or the deadline passes.</summary>
internal static class Eventually
{
    /// <summary>The first value read that satisfies <paramref name="done"/>, or the one read at the deadline.</summary>
    public static async Task<T> WaitAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan deadline)
    {
        var until = DateTimeOffset.UtcNow + deadline;
        while (true)
        {
            var value = await read();
            if (done(value) || DateTimeOffset.UtcNow > until)
            {
                return value;
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }
}
