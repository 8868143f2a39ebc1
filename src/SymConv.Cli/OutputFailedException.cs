namespace SymConv.Cli;

/// <summary>
/// Output could not be written: a full disk, a closed standard output. The message says what
/// happened in words ("cannot write to standard output: no space left on device"); the command
/// prints it and exits 2, as for bad input, rather than calling it an internal error.
/// </summary>
internal sealed class OutputFailedException(string message) : Exception(message);
