namespace SymConv.Cli;

/// <summary>
/// Standard error as the command uses it: a write that fails (stderr closed, or /dev/full) is
/// dropped and remembered rather than thrown, since there is nowhere left to report it and an
/// exception escaping Main would abort the process with a stack trace to the same dead stream.
/// The run then ends with exit code 2.
/// </summary>
internal sealed class GuardedWriter(TextWriter inner) : TextWriter
{
    /// <summary>True once a write or flush has failed.</summary>
    public bool Failed { get; private set; }

    public override System.Text.Encoding Encoding => inner.Encoding;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // TextWriter's setter takes a nullable value; the inner writer handles it.
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void Flush() => Guard(inner.Flush);

    private void Guard(Action write)
    {
        if (Failed) return;
        try
        {
            write();
        }
        catch (Exception)
        {
            Failed = true;
        }
    }
}
