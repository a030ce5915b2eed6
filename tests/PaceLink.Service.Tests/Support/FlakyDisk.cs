namespace PaceLink.Service.Tests.Support;

/// <summary>
/// A file that can run out of space: while <see cref="Full"/> is set, a write puts down the first
/// half of its bytes and then throws IOException, as a disk does when it fills mid-record. Opening
/// can be refused too (a read-only folder). The bytes stay after the stream is disposed.
/// </summary>
internal sealed class FlakyDisk
{
    private readonly MemoryStream _bytes = new();

    public bool Full { get; set; }
    public bool ReadOnly { get; set; }
    public int Opens { get; private set; }

    public byte[] Contents => _bytes.ToArray();

    public string Text => System.Text.Encoding.UTF8.GetString(Contents);

    /// <summary>The spool's open: cut back to <paramref name="length"/> and position at the end.</summary>
    public Stream Open(long length)
    {
        Opens++;
        if (ReadOnly) throw new UnauthorizedAccessException("Access to the path is denied (read-only folder)");
        _bytes.SetLength(Math.Min(_bytes.Length, length));
        _bytes.Position = _bytes.Length;
        return new Handle(this);
    }

    private sealed class Handle(FlakyDisk disk) : Stream
    {
        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (!disk.Full)
            {
                disk._bytes.Write(buffer);
                return;
            }
            disk._bytes.Write(buffer[..(buffer.Length / 2)]);
            throw new IOException("No space left on device");
        }

        public override void Flush() { }
        public override bool CanRead => false;
        public override bool CanSeek => true;
        public override bool CanWrite => true;
        public override long Length => disk._bytes.Length;
        public override long Position { get => disk._bytes.Position; set => disk._bytes.Position = value; }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => disk._bytes.Seek(offset, origin);
        public override void SetLength(long value) => disk._bytes.SetLength(value);
    }
}
