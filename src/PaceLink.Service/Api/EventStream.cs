using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using PaceLink.Service.Hosting;
using PaceLink.Service.Sessions;

namespace PaceLink.Service.Api;

/// <summary>
/// GET /api/events as Server-Sent Events, with the two limits a local client must not escape: at
/// most Api:MaxEventClients streams at once (503 past it), and a client whose writes wait 30 s
/// (it stopped reading) is disconnected, so a stalled socket does not keep its place for ever.
/// </summary>
internal sealed class EventStream(LiveBoard board, PaceLinkOptions options, TimeProvider time, ILogger<EventStream> logger)
{
    /// <summary>How long one write may wait for a client that does not read.</summary>
    public static readonly TimeSpan StallLimit = TimeSpan.FromSeconds(30);

    private int _open;

    public Task ServeAsync(HttpContext context, IEnumerable<FeedItem> first, CancellationToken stopping) =>
        ServeAsync(context, board.Feed, first, stopping);

    /// <summary>A stream of another feed (an athlete's, the coach board's) under the same limits.</summary>
    public async Task ServeAsync(HttpContext context, LiveFeed feed, IEnumerable<FeedItem> first, CancellationToken stopping)
    {
        var max = options.Api.MaxEventClients;
        if (Interlocked.Increment(ref _open) > max)
        {
            Interlocked.Decrement(ref _open);
            await ApiError.WriteAsync(context, StatusCodes.Status503ServiceUnavailable,
                $"{max} live streams are open, the most Api:MaxEventClients allows; close a dashboard and retry");
            return;
        }
        try
        {
            await StreamAsync(context, feed, first, stopping);
        }
        finally
        {
            Interlocked.Decrement(ref _open);
        }
    }

    private async Task StreamAsync(HttpContext context, LiveFeed feed, IEnumerable<FeedItem> first, CancellationToken stopping)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache,no-store";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        // End the stream when the service stops, or shutdown would wait for every open dashboard.
        using var until = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            if (!await FlushAsync(context, until.Token)) return;
            await foreach (var item in feed.Subscribe(first, until.Token))
            {
                // Buffer, then flush under the stall limit (WriteAsync would wait without one).
                response.BodyWriter.Write(Encode(item));
                if (!await FlushAsync(context, until.Token)) return;
            }
        }
        catch (OperationCanceledException) when (until.IsCancellationRequested)
        {
            // The client went away or the service stops: nothing to report.
        }
    }

    /// <summary>False when the client did not take the bytes within <see cref="StallLimit"/> and was disconnected.</summary>
    private async Task<bool> FlushAsync(HttpContext context, CancellationToken until)
    {
        using var stall = new CancellationTokenSource(StallLimit, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(until, stall.Token);
        try
        {
            var result = await context.Response.BodyWriter.FlushAsync(either.Token);
            if (!result.IsCanceled || !stall.IsCancellationRequested) return !result.IsCompleted;
        }
        catch (OperationCanceledException) when (stall.IsCancellationRequested)
        {
            // Kestrel may abort the connection as it cancels the flush, so the request's own token can fire too.
        }
        logger.LogWarning("Dropped a live-stream client at {Remote}: it stopped reading for 30 s", context.Connection.RemoteIpAddress);
        context.Abort();
        return false;
    }

    /// <summary>One SSE message: "event: TYPE", one "data:" line per line of the JSON, a blank line.</summary>
    private static byte[] Encode(FeedItem item)
    {
        var text = new StringBuilder();
        text.Append("event: ").Append(item.Type).Append('\n');
        foreach (var line in item.Json.Split('\n')) text.Append("data: ").Append(line.TrimEnd('\r')).Append('\n');
        text.Append('\n');
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
