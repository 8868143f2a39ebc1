namespace SymConv.Cli;

/// <summary>
/// The reader of our output went away (EPIPE: `symconv … | head`). Not an error to report: the
/// run stops at once and quietly, with the status a shell gives a tool SIGPIPE ended. Not an
/// IOException, so no handler meant for a failing file catches it on the way up.
/// </summary>
internal sealed class BrokenPipeException() : Exception("the reader of the output has gone");
