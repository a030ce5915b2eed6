using System.Threading.Channels;

namespace PaceLink.Service.Sessions;

/// <summary>One message for live subscribers: an SSE event type ("event", "snapshot", "status") and its JSON.</summary>
public readonly record struct FeedItem(string Type, string Json);

/// <summary>
/// Fans live messages out to every connected dashboard. Each subscriber has a small bounded
/// buffer that drops its oldest messages, so one stalled phone never slows the session.
/// </summary>
public sealed class LiveFeed
{
    private readonly Lock _gate = new();
    private readonly List<Channel<FeedItem>> _subscribers = [];

    public int Subscribers
    {
        get { lock (_gate) return _subscribers.Count; }
    }

    public void Publish(FeedItem item)
    {
        lock (_gate)
        {
            foreach (var s in _subscribers) s.Writer.TryWrite(item);
        }
    }

    /// <summary>Messages from now on until <paramref name="cancellationToken"/> fires (the client went away).</summary>
    public async IAsyncEnumerable<FeedItem> Subscribe(
        IEnumerable<FeedItem> first, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<FeedItem>(new BoundedChannelOptions(64)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        foreach (var item in first) channel.Writer.TryWrite(item);
        lock (_gate) _subscribers.Add(channel);
        try
        {
            while (await channel.Reader.WaitToReadAsync(cancellationToken))
            {
                while (channel.Reader.TryRead(out var item)) yield return item;
            }
        }
        finally
        {
            lock (_gate) _subscribers.Remove(channel);
        }
    }
}
