using System.Net;

namespace PaceLink.Service.Tests.Support;

/// <summary>An HTTP endpoint that answers from a script, or hangs until the request is cancelled.</summary>
public sealed class ScriptedHandler(params HttpStatusCode[] answers) : HttpMessageHandler
{
    private readonly Queue<HttpStatusCode> _answers = new(answers);
    private readonly List<(Uri Url, string Body)> _requests = [];
    private int _cancelled;

    public bool Hang { get; set; }
    public Uri? HangFor { get; init; }
    public int Cancelled => Volatile.Read(ref _cancelled);
    public IReadOnlyList<(Uri Url, string Body)> Requests { get { lock (_requests) return [.. _requests]; } }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (_requests) _requests.Add((request.RequestUri!, body));
        if (Hang || request.RequestUri == HangFor)
        {
            try
            {
                // Never answers: only the caller's cancellation (its timeout) ends the wait.
                await new TaskCompletionSource().Task.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref _cancelled);
                throw;
            }
        }
        HttpStatusCode status;
        lock (_answers) status = _answers.Count > 0 ? _answers.Dequeue() : HttpStatusCode.OK;
        return new HttpResponseMessage(status);
    }
}
