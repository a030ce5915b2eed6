namespace PaceLink.Service.Coach.Mqtt;

/// <summary>One message for the broker. A retained one (state, reps) is only worth its latest value.</summary>
internal sealed record MqttOutgoing(string Topic, string Payload, bool Retain);

/// <summary>
/// Messages waiting for the broker, in order, at most <c>capacity</c>. A retained message replaces
/// the one still waiting for its topic (only the latest state matters), so an outage fills the box
/// with events, not with snapshots. When it is full anyway the oldest retained message goes first,
/// then the oldest event, and <see cref="Dropped"/> counts what was lost.
/// </summary>
internal sealed class MqttOutbox(int capacity)
{
    private readonly Lock _gate = new();
    private readonly LinkedList<MqttOutgoing> _waiting = new();
    private readonly Dictionary<string, LinkedListNode<MqttOutgoing>> _retained = [];
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Count { get { lock (_gate) return _waiting.Count; } }

    /// <summary>Events dropped because the box was full of them.</summary>
    public long Dropped { get; private set; }

    /// <summary>Queues a message; never waits.</summary>
    public void Add(MqttOutgoing message)
    {
        TaskCompletionSource arrived;
        lock (_gate)
        {
            if (message.Retain && _retained.Remove(message.Topic, out var stale)) _waiting.Remove(stale);
            if (_waiting.Count >= capacity) DropOne();
            var node = _waiting.AddLast(message);
            if (message.Retain) _retained[message.Topic] = node;
            arrived = _arrived;
        }
        arrived.TrySetResult();
    }

    /// <summary>The next message to send, left in the box until <see cref="Sent"/> says it went.</summary>
    public MqttOutgoing? Peek() { lock (_gate) return _waiting.First?.Value; }

    /// <summary>The broker took <paramref name="message"/> (PUBACK): it leaves the box, unless a newer one already replaced it.</summary>
    public void Sent(MqttOutgoing message)
    {
        lock (_gate)
        {
            if (_waiting.First is not { } first || !ReferenceEquals(first.Value, message)) return;
            _waiting.RemoveFirst();
            if (message.Retain && _retained.TryGetValue(message.Topic, out var node) && node == first) _retained.Remove(message.Topic);
        }
    }

    /// <summary>Completes when a message is waiting.</summary>
    public Task WhenAny()
    {
        lock (_gate)
        {
            if (_waiting.Count > 0) return Task.CompletedTask;
            if (_arrived.Task.IsCompleted) _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
            return _arrived.Task;
        }
    }

    private void DropOne()
    {
        for (var node = _waiting.First; node is not null; node = node.Next)
        {
            if (!node.Value.Retain) continue;
            _retained.Remove(node.Value.Topic);
            _waiting.Remove(node);
            return;
        }
        _waiting.RemoveFirst();
        Dropped++;
    }
}
