using System.Diagnostics;

namespace AIntops.Client;

/// <summary>One LLM call being watched: when it started and the attribution in force then; recorded once, whatever ends it.</summary>
internal sealed class TrackedCall(IAIntopsRecorder recorder, AIntopsAttribution? attribution)
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private int _ended;

    public void End(AIntopsEvent e)
    {
        if (Interlocked.Exchange(ref _ended, 1) == 1) return;
        try
        {
            recorder.Record((attribution?.ApplyTo(e) ?? e) with { LatencyMs = (long)Stopwatch.GetElapsedTime(_started).TotalMilliseconds });
        }
        catch (Exception)
        {
            // A recorder of the application's own may throw; the call it watches must not notice.
        }
    }
}
