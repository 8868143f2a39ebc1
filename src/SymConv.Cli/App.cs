using SymConv.Algebra;
using SymConv.Export;
using SymConv.Model;
using SymConv.Onnx;
using SymConv.Parsing;

namespace SymConv.Cli;

/// <summary>
/// The command: arguments in, exit code out. Exit codes follow diff: 0 all well, 1 a check
/// failed, 2 trouble; and 141 when the reader of the output went away (`symconv | head`), the
/// status a shell reports for a tool ended by SIGPIPE. Bad input of any kind ends in one
/// message on standard error, never a stack trace.
/// </summary>
public static class App
{
    /// <summary>Trouble: bad input, an unwritable output, a message that could not be written.</summary>
    public const int Trouble = 2;

    /// <summary>The reader of the output closed it: 128 + SIGPIPE, as a shell reports `yes | head`.</summary>
    public const int BrokenPipe = 141;

    /// <summary>Runs the command with the given streams; returns the exit code.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where messages go.</param>
    /// <param name="stderrIsTerminal">True when <paramref name="stderr"/> is a terminal: long exports then show a progress bar there.</param>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal = false)
    {
        var messages = new GuardedWriter(stderr);
        int code;
        try
        {
            code = Run(args, stdout, messages, stderrIsTerminal);
        }
        catch (Exception e)
        {
            // A bug in reporting a failure itself: still one line, never an exception out of Main.
            messages.Write("symconv: error: internal error (" + e.GetType().Name + "): " + e.Message + "\n");
            code = Trouble;
        }
        // A message that could not be written still means trouble, but nothing more can be said.
        return messages.Failed && code < Trouble ? Trouble : code;
    }

    private static int Run(IReadOnlyList<string> args, TextWriter stdout, GuardedWriter stderr, bool stderrIsTerminal)
    {
        try
        {
            var arguments = Arguments.Parse(args);
            var command = CommandCatalog.Find(arguments.Command);
            if (arguments.Has("help"))
            {
                stdout.Write(HelpText.Build(command));
                stdout.Flush();
                return 0;
            }
            if (arguments.Has("version"))
            {
                stdout.Write("symconv " + (typeof(App).Assembly.GetName().Version?.ToString(3) ?? "0.0.0") + "\n");
                stdout.Flush();
                return 0;
            }

            if (arguments.Command == "layers")
                return LayersCommand.Run(arguments, stdout);
            if (arguments.Command == "completion")
                return CompletionCommand.Run(arguments, stdout);

            string? specText = null;
            string? specName = null;
            OnnxModel? model = null;
            var seeded = false;
            if (arguments.SpecPath is { } modelPath && ModelLayer.IsModelPath(modelPath))
            {
                model = OnnxModel.Load(modelPath);
            }
            else if (arguments.Entries.FirstOrDefault(e => OptionCatalog.Find(e.Key)?.Group == OptionCatalog.ModelGroup) is { } modelOption)
            {
                throw new InputException(CliMessages.NeedsModel(modelOption.Key), modelOption.KeyAt ?? modelOption.At, CliMessages.HelpHint);
            }
            else if (CommandOptions.WantsSeed(arguments) && !arguments.Entries.Any(e => e.Key == Networks.StackReader.LayersKey))
            {
                seeded = true;
                specText = SeedExample.Text();
                specName = SeedExample.Name;
            }
            else if (arguments.SpecPath is { } path)
            {
                specText = InputFile.ReadText(path, "spec file", CliMessages.CannotRead);
                specName = path;
            }

            var invocation = Invocation.From(arguments, specText, specName, model, arguments.SpecPath);
            if (StackCommand.Describes(invocation)) command = CommandCatalog.ForStack(command);
            OptionConflicts.Check(arguments.Entries, arguments.WrittenAt);
            SpecConflicts.Check(invocation.Entries.Where(Invocation.IsFromSpec), CliMessages.GivenTwiceInSpecHint);
            // A value no command reads is a mistake; one another command or format reads is refused
            // (a spec's line left to it, with a warning); what is left must be this command's.
            OptionValues.Check(invocation.Entries, command, anywhere: true);
            invocation = OptionApplicability.Check(invocation, command, arguments.WrittenAt, stderr);
            OptionValues.Check(invocation.Entries, command);
            // After the options are found sound, so that a mistyped one gets its message alone.
            if (seeded) stderr.Write(CliMessages.SeedNotice);
            OutputTarget.RefuseInput(invocation.OutputPath, invocation.InputFiles(arguments.Command));
            return arguments.Command switch
            {
                null when StackCommand.Describes(invocation) => StackCommand.Run(invocation, stdout, stderr),
                null => Show(invocation, arguments.WrittenAt, stdout, stderr, stderrIsTerminal ? new TerminalProgress(stderr) : null),
                "check" or "formula" or "grad" when StackCommand.Describes(invocation) =>
                    throw StackCommand.NotForStack(arguments.Command!, invocation),
                "check" => CheckCommand.Run(invocation, stdout, stderr),
                "neuron" when StackCommand.Describes(invocation) => StackNeuronCommand.Run(invocation, stdout, stderr),
                "neuron" => NeuronCommand.Run(invocation, stdout, stderr),
                "formula" => FormulaCommand.Run(invocation, stdout, stderr),
                "grad" => GradCommand.Run(invocation, stdout, stderr),
                _ => throw new InputException(CliMessages.UnknownOption(arguments.Command, null)),
            };
        }
        catch (BrokenPipeException)
        {
            return BrokenPipe;
        }
        catch (OutputFailedException e)
        {
            stderr.Write("symconv: error: " + e.Message + "\n");
            return 2;
        }
        catch (InputException e)
        {
            stderr.Write("symconv: " + e.Render(CliMessages.Flag));
            return 2;
        }
        catch (ExpressionTooLargeException e)
        {
            stderr.Write("symconv: error: " + e.Message + "\n");
            return 2;
        }
        catch (Exception e) when (e is OutOfMemoryException or InsufficientExecutionStackException)
        {
            stderr.Write("symconv: error: the layer is too large to expand in memory: " + e.Message + "\n");
            return 2;
        }
        catch (Exception e)
        {
            // A bug, not bad input; still one line and exit 2 rather than a stack trace, as the
            // exit codes promise.
            stderr.Write("symconv: error: internal error (" + e.GetType().Name + "): " + e.Message + "\n");
            return 2;
        }
    }

    private static int Show(Invocation invocation, Func<Parsing.SpecEntry, SourcePoint> where, TextWriter stdout, TextWriter stderr, TerminalProgress? progress)
    {
        var writer = invocation.Writer();
        var matrix = invocation.BuildMatrix(stderr);
        OptionApplicability.CheckSections(invocation, matrix, where, stderr);
        var report = new Report(matrix, invocation.ReportOptions()) { Progress = progress };
        try
        {
            OutputTarget.Write(invocation.OutputPath, stdout, output => writer.Write(report, output));
        }
        finally
        {
            progress?.Clear();
        }
        return 0;
    }
}
