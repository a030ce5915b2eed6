using PaceLink.Core.Pipeline;

namespace PaceLink.Core.Recording;

/// <summary>
/// The notifications and commands a streamed replay holds back for its reorder window, in play
/// order (time, notifications before commands at one instant, else file order). Each waits in a
/// slot whose payload buffer is re-used once it has played: after the first seconds of a trace,
/// holding a record allocates nothing.
/// </summary>
internal sealed class HeldRecords
{
    private readonly PriorityQueue<int, (TimeSpan T, int Kind, long Seq)> _order = new();
    private readonly Stack<int> _free = new();
    private Slot[] _slots = new Slot[64];
    private int _used;
    private long _seq;

    public void Add(in RawRecord record)
    {
        var slot = _free.Count > 0 ? _free.Pop() : NewSlot();
        ref var s = ref _slots[slot];
        s.T = record.T;
        s.IsCommand = record.Kind == RawKind.Command;
        s.Command = record.Command;
        s.Sensor = record.Sensor;
        s.Characteristic = record.Characteristic;
        var payload = record.Payload.Span;
        if (s.Payload is null || s.Payload.Length < payload.Length) s.Payload = new byte[Math.Max(payload.Length, 32)];
        payload.CopyTo(s.Payload);
        s.Length = payload.Length;
        _order.Enqueue(slot, (s.T, s.IsCommand ? 1 : 0, _seq++));
    }

    /// <summary>The next slot to play if it lies before <paramref name="limit"/>; free it after playing.</summary>
    public bool TryTakeBefore(TimeSpan limit, out int slot)
    {
        if (_order.TryPeek(out slot, out var key) && key.T < limit)
        {
            _order.Dequeue();
            return true;
        }
        return false;
    }

    public TimeSpan TimeOf(int slot) => _slots[slot].T;
    public bool IsCommand(int slot) => _slots[slot].IsCommand;
    public CoachCommand CommandOf(int slot) => _slots[slot].Command;

    /// <summary>The notification in <paramref name="slot"/>; its payload is valid until the slot is freed.</summary>
    public Notification NotificationOf(int slot)
    {
        ref readonly var s = ref _slots[slot];
        return new Notification(s.T, s.Sensor, s.Characteristic, s.Payload.AsMemory(0, s.Length));
    }

    public void Free(int slot)
    {
        _slots[slot].Sensor = "";
        _free.Push(slot);
    }

    private int NewSlot()
    {
        if (_used == _slots.Length) Array.Resize(ref _slots, _slots.Length * 2);
        return _used++;
    }

    private struct Slot
    {
        public TimeSpan T;
        public bool IsCommand;
        public CoachCommand Command;
        public string Sensor;
        public ushort Characteristic;
        public byte[]? Payload;
        public int Length;
    }
}
