using SymConv.Cli;

// Not disposed: after a broken pipe or a full disk a final flush would only fail again. Every
// command flushes what it wrote.
var stdout = OutputTarget.StandardOutput();
var stderr = OutputTarget.StandardError();
return App.Run(args, stdout, stderr, stderrIsTerminal: !Console.IsErrorRedirected);
