using SymConv.Cli;

using var stdout = OutputTarget.StandardOutput();
using var stderr = OutputTarget.StandardError();
return App.Run(args, stdout, stderr, stderrIsTerminal: !Console.IsErrorRedirected);
