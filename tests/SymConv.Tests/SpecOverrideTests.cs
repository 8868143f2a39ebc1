using SymConv.Tests.Support;

namespace SymConv.Tests;

/// <summary>Options on the command line and in a spec file together: the command line wins.</summary>
public class SpecOverrideTests
{
    [Fact]
    public void Command_line_options_override_the_spec_file()
    {
        var outcome = CliRunner.Run(CliRunner.Example("seed.conv"), "--input", "[[[1 0 0] [0 0 0] [0 0 0]]]", "--show", "y'");
        Assert.EndsWith("y':\n[a, 0, 0, 0, e, 0, 0, 0]\n", outcome.Stdout);
    }

    [Fact]
    public void A_shape_on_the_command_line_replaces_the_files_literal_tensor()
    {
        var outcome = CliRunner.Run(CliRunner.Example("seed.conv"), "--input-shape", "1,2,2", "--show", "y'");
        Assert.EndsWith("y':\n[a*x_{0,0,0}+b*x_{0,0,1}+c*x_{0,1,0}+d*x_{0,1,1}, e*x_{0,0,0}+f*x_{0,0,1}+g*x_{0,1,0}+h*x_{0,1,1}]\n", outcome.Stdout);
    }

    [Fact]
    public void Kernel_symbols_rank_before_input_symbols_whatever_the_option_order()
    {
        var outcome = CliRunner.Run("--input", "[[[p q]]]", "--kernel", "[[[[z y]]]]", "--show", "y'");
        Assert.EndsWith("y':\n[z*p+y*q]\n", outcome.Stdout);
    }
}
