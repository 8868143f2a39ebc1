using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SymConv.Tests.Pictures;

/// <summary>
/// A Firefox tab driven over WebDriver BiDi, the W3C protocol Firefox serves itself, spoken here
/// directly over a WebSocket. PuppeteerSharp 25.15.0 drives Firefox through the WebDriverBiDi
/// package 0.0.61, which the feed no longer serves, and fails on the 0.0.63 it has (a method it
/// calls is gone); the few commands these tests need are plain JSON, so no client library is used.
/// </summary>
public sealed class BrowserTabOverBiDi : BrowserTab
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly string profile;
    private readonly ClientWebSocket socket;
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonObject>> pending = new();
    private readonly ConcurrentQueue<string> errors = new();
    private readonly Task receiving;
    private long lastId;
    private string context = "";

    private BrowserTabOverBiDi(Process process, string profile, ClientWebSocket socket)
    {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
        receiving = Task.Run(Receive);
    }

    public static async Task<BrowserTab> Launch(string executable, int width, int height)
    {
        var profile = Directory.CreateTempSubdirectory("symconv-firefox-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // Port 0: Firefox picks a free port and names it on stderr, so parallel tests never collide.
        foreach (var argument in new[] { "--headless", "--no-remote", "--profile", profile, "--remote-debugging-port=0", "about:blank" })
            start.ArgumentList.Add(argument);
        start.Environment["MOZ_CRASHREPORTER_DISABLE"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + executable);
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new ConcurrentQueue<string>();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) { listening.TrySetException(new InvalidOperationException("firefox exited:\n" + string.Join("\n", log))); return; }
            log.Enqueue(e.Data);
            const string Marker = "WebDriver BiDi listening on ";
            var at = e.Data.IndexOf(Marker, StringComparison.Ordinal);
            if (at >= 0) listening.TrySetResult(e.Data[(at + Marker.Length)..].Trim());
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            var endpoint = await listening.Task.WaitAsync(CommandTimeout);
            var socket = new ClientWebSocket();
            await socket.ConnectAsync(new Uri(endpoint.TrimEnd('/') + "/session"), CancellationToken.None);
            var tab = new BrowserTabOverBiDi(process, profile, socket);
            await tab.Start(width, height);
            return tab;
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }

    public override IReadOnlyList<string> Errors => [.. errors];

    public override async Task Open(string path) =>
        await Send("browsingContext.navigate", new JsonObject { ["context"] = context, ["url"] = new Uri(path).AbsoluteUri, ["wait"] = "complete" });

    protected override async Task<string> EvaluateJson(string expression, string? frame)
    {
        var result = await Evaluate(Stringified(expression), await Context(frame));
        return result["value"]?.GetValue<string>() ?? throw new InvalidOperationException(expression + " has no JSON value");
    }

    public override async Task Hover(string selector, string? frame = null) =>
        await Pointer(await Context(frame), selector, new JsonArray());

    public override async Task Click(string selector, string? frame = null) =>
        await Pointer(await Context(frame), selector, new JsonArray
        {
            new JsonObject { ["type"] = "pointerDown", ["button"] = 0 },
            new JsonObject { ["type"] = "pointerUp", ["button"] = 0 },
        });

    public override async Task Screenshot(string path, bool fullPage = false)
    {
        var shot = await Send("browsingContext.captureScreenshot", new JsonObject { ["context"] = context, ["origin"] = fullPage ? "document" : "viewport" });
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot["data"]!.GetValue<string>()));
    }

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await Send("browser.close", new JsonObject()).WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception e) when (e is WebSocketException or TimeoutException or InvalidOperationException or OperationCanceledException)
        {
            // The browser may close the socket before it answers; it is killed below either way.
        }
        if (!process.WaitForExit(10_000)) process.Kill(entireProcessTree: true);
        socket.Dispose();
        await receiving;
        process.Dispose();
        try { Directory.Delete(profile, recursive: true); }
        catch (IOException) { }
    }

    private async Task Start(int width, int height)
    {
        await Send("session.new", new JsonObject { ["capabilities"] = new JsonObject() });
        var tree = await Send("browsingContext.getTree", new JsonObject { ["maxDepth"] = 0 });
        context = tree["contexts"]![0]!["context"]!.GetValue<string>();
        await Send("session.subscribe", new JsonObject { ["events"] = new JsonArray("log.entryAdded") });
        await Send("browsingContext.setViewport", new JsonObject
        {
            ["context"] = context,
            ["viewport"] = new JsonObject { ["width"] = width, ["height"] = height },
        });
    }

    // The pointer moves to the element's in-view centre (BiDi's element origin), then does the rest.
    private async Task Pointer(string target, string selector, JsonArray then)
    {
        var element = await Evaluate(ElementInView(selector), target);
        var actions = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "pointerMove", ["x"] = 0, ["y"] = 0, ["duration"] = 0,
                ["origin"] = new JsonObject { ["type"] = "element", ["element"] = new JsonObject { ["sharedId"] = element["sharedId"]!.GetValue<string>() } },
            },
        };
        foreach (var action in then) actions.Add(action!.DeepClone());
        await Send("input.performActions", new JsonObject
        {
            ["context"] = target,
            ["actions"] = new JsonArray
            {
                new JsonObject { ["type"] = "pointer", ["id"] = "mouse", ["parameters"] = new JsonObject { ["pointerType"] = "mouse" }, ["actions"] = actions },
            },
        });
    }

    private async Task<JsonObject> Evaluate(string script, string target)
    {
        var answer = await Send("script.evaluate", new JsonObject
        {
            ["expression"] = script,
            ["target"] = new JsonObject { ["context"] = target },
            ["awaitPromise"] = true,
        });
        if (answer["type"]?.GetValue<string>() == "exception")
            throw new InvalidOperationException(script + " threw: " + answer["exceptionDetails"]?["text"]);
        return answer["result"]!.AsObject();
    }

    // A frame is named by its iframe element in the top document; its window is that frame's context.
    private async Task<string> Context(string? frame)
    {
        if (frame is null) return context;
        var window = await Evaluate("document.querySelector(" + JsonSerializer.Serialize(frame) + ").contentWindow", context);
        return window["value"]?["context"]?.GetValue<string>() ?? throw new InvalidOperationException("no frame matches " + frame);
    }

    private async Task<JsonObject> Send(string method, JsonObject parameters)
    {
        var id = Interlocked.Increment(ref lastId);
        var answer = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = answer;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        var reply = await answer.Task.WaitAsync(CommandTimeout);
        if (reply["type"]?.GetValue<string>() == "error")
            throw new InvalidOperationException($"{method}: {reply["error"]}: {reply["message"]}");
        return reply["result"]!.AsObject();
    }

    private async Task Receive()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var part = await socket.ReceiveAsync(buffer, CancellationToken.None);
                if (part.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, part.Count);
                if (!part.EndOfMessage) continue;
                var json = JsonNode.Parse(message.ToArray())!.AsObject();
                message.SetLength(0);
                if (json["id"] is { } id && pending.TryRemove(id.GetValue<long>(), out var answer)) answer.TrySetResult(json);
                else if (json["method"]?.GetValue<string>() == "log.entryAdded" && json["params"]?["type"]?.GetValue<string>() == "javascript")
                    errors.Enqueue(json["params"]!["text"]?.GetValue<string>() ?? "script error");
            }
        }
        catch (WebSocketException)
        {
            // The browser went away: every command still waiting fails below instead of hanging.
        }
        foreach (var answer in pending.Values) answer.TrySetException(new InvalidOperationException("the browser closed the connection"));
    }
}
