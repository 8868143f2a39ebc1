using SymConv.Tests.Support;

namespace SymConv.Tests.Model;

/// <summary>
/// Generated symbols never mean the same as another symbol: a lettered kernel skips the letters
/// other families and the user's tensors use, and a family whose names a written symbol would
/// share is refused (issue 9 §1). Before, each of these ran with exit 0 and a different layer.
/// </summary>
public class GeneratedSymbolNameTests
{
    private static string Shown(params string[] args)
    {
        var outcome = CliRunner.Run(args);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        return outcome.Stdout;
    }

    private static string Refused(params string[] args)
    {
        var outcome = CliRunner.Run(args);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("", outcome.Stdout);
        return outcome.Stderr;
    }

    [Fact]
    public void A_lettered_kernel_skips_the_letters_of_a_symbolic_input()
    {
        // Before: the kernel was a b c d too, so y'[0] read a^2+b^2+c*d+d*e.
        var shown = Shown("--kernel-shape", "1,1,2,2", "--input", "[[[a b c] [d e f] [g h i]]]", "--show", "K,y'");
        Assert.Contains("[j k]\n[l m]", shown);
        Assert.EndsWith("[j*a+k*b+l*d+m*e, j*b+k*c+l*e+m*f, j*d+k*e+l*g+m*h, j*e+k*f+l*h+m*i]\n", shown);
    }

    [Fact]
    public void A_five_by_five_kernel_has_no_weight_named_x_beside_the_inputs()
    {
        var shown = Shown("--kernel-shape", "1,1,5,5", "--input-shape", "1,5,5", "--show", "K");
        Assert.Contains("[a b c d e]\n[f g h i j]\n[k l m n o]\n[p q r s t]\n[u v w y z]", shown);
    }

    [Fact]
    public void A_kernel_too_big_for_the_free_letters_is_indexed()
    {
        // 25 entries and a bias: a..z less x and b leaves 24 letters.
        var shown = Shown("--kernel-shape", "1,1,5,5", "--input-shape", "1,5,5", "--bias", "auto", "--show", "K");
        Assert.Contains("[w_{0,0,0,0} w_{0,0,0,1}", shown);
    }

    [Fact]
    public void With_a_generated_bias_no_weight_is_named_b()
    {
        var shown = Shown("--kernel-shape", "2,1,2,2", "--input-shape", "1,3,3", "--bias", "auto", "--show", "K,y'", "--rows", "0");
        Assert.Contains("[a c]\n[d e]", shown);
        Assert.Contains("[f g]\n[h i]", shown);
        Assert.EndsWith("[a*x_{0,0,0}+c*x_{0,0,1}+d*x_{0,1,0}+e*x_{0,1,1}+b_0]\n", shown);
    }

    [Fact]
    public void The_shape_only_seed_keeps_its_letters()
    {
        var shown = Shown("--kernel-shape", "2,1,2,2", "--input-shape", "1,3,3", "--show", "K,y'", "--rows", "0");
        Assert.Contains("[a b]\n[c d]", shown);
        Assert.Contains("[e f]\n[g h]", shown);
        Assert.EndsWith("[a*x_{0,0,0}+b*x_{0,0,1}+c*x_{0,1,0}+d*x_{0,1,1}]\n", shown);
    }

    [Fact]
    public void A_written_kernel_entry_named_like_a_generated_bias_is_refused()
    {
        // Before: b_0 in the kernel and the bias b_0 were one symbol.
        var message = Refused("--kernel", "[[[[a b_0]]]]", "--input-shape", "1,2,2", "--bias", "auto");
        Assert.StartsWith("symconv: error: the symbol b_0 written in the layer would read as one of the generated bias symbols b_{…}", message);
        Assert.Contains("--bias-symbols", message);
    }

    [Fact]
    public void A_written_kernel_entry_named_like_a_generated_input_is_refused()
    {
        var message = Refused("--kernel", "[[[[a x_{0,0,0}]]]]", "--input-shape", "1,2,2");
        Assert.StartsWith("symconv: error: the symbol x_{0,0,0} written in the layer would read as one of the generated input symbols x_{…}", message);
    }

    [Fact]
    public void A_written_input_named_like_a_generated_indexed_kernel_is_refused()
    {
        // The kernel is made first, but named after the input is read, so w_{0,0,0} cannot alias.
        var message = Refused("--kernel-shape", "3,3,3", "--input", "[[w_{0,0,0} 1 2] [3 4 5] [6 7 8]]");
        Assert.StartsWith("symconv: error: the symbol w_{0,0,0} written in the layer would read as one of the generated kernel symbols w_{…}", message);
    }

    [Fact]
    public void A_bare_symbol_with_a_family_word_stays_apart_from_the_family()
    {
        // The seed's b and a bias b_0 are distinct, as the README's 1a+2b+4c+5d+b_0 shows.
        var shown = Shown("--kernel", "[[[[a b] [c d]]]]", "--input", "[[[1 2 3] [4 5 6] [7 8 9]]]", "--bias", "auto", "--show", "y'", "--rows", "0");
        Assert.EndsWith("[1a+2b+4c+5d+b_0]\n", shown);
    }

    [Fact]
    public void Fresh_weights_of_a_model_never_alias_a_symbol_of_the_written_input()
    {
        // Before: the weights were a b c …, so the input's a was the weight a (y'[0] = a*f+b_0).
        var shown = Shown(CliRunner.Example("two-convs.onnx"), "--node", "0", "--symbolic-weights",
            "--input", "[[[a 0 0 0 0] [0 0 0 0 0] [0 0 0 0 0] [0 0 0 0 0] [0 0 0 0 0]]]", "--show", "y'", "--rows", "0");
        Assert.EndsWith("[g*a+b_0]\n", shown);
    }

    [Fact]
    public void A_user_symbol_with_an_index_keeps_its_letter_from_a_lettered_kernel()
    {
        var shown = Shown("--kernel-shape", "1,1,2", "--input", "[[a_1 a_2 3]]", "--show", "K");
        Assert.Contains("[b c]", shown);
    }

    [Fact]
    public void Names_past_the_name_cache_stream_as_they_read()
    {
        // 360,009 symbols, more than the streamed text caches: the last rows' inputs are named from their index.
        var shown = Shown("--kernel-shape", "1,1,3,3", "--input-shape", "1,600,600", "--show", "y'", "--rows", "357602..357603");
        static string Row(int i, int j) => string.Join("+", "abcdefghi".Select((w, t) => $"{w}*x_{{0,{i + t / 3},{j + t % 3}}}"));
        Assert.EndsWith($"[{Row(597, 596)}, {Row(597, 597)}]\n", shown);
    }

    [Fact]
    public void Families_take_the_words_they_are_given()
    {
        var shown = Shown("--kernel-shape", "1,1,2", "--input-shape", "1,3", "--bias", "auto",
            "--kernel-symbols", "w", "--input-symbols", "u", "--bias-symbols", "beta", "--show", "K,x,y'");
        Assert.Contains("[w_{0,0,0} w_{0,0,1}]", shown);
        Assert.Contains("[u_{0,0} u_{0,1} u_{0,2}]", shown);
        Assert.EndsWith("[w_{0,0,0}*u_{0,0}+w_{0,0,1}*u_{0,1}+beta_0, w_{0,0,0}*u_{0,1}+w_{0,0,1}*u_{0,2}+beta_0]\n", shown);
    }

    [Fact]
    public void Spec_files_name_families_too()
    {
        var spec = TempFile.Write("kernel-shape = 1,1,2\ninput-shape = 1,3\ninput-symbols = u\nno-channel-index = true\n");
        Assert.EndsWith("[a*u_0+b*u_1, a*u_1+b*u_2]\n", Shown(spec, "--show", "y'"));
    }

    [Fact]
    public void Without_the_channel_index_a_one_channel_input_reads_x_3()
    {
        var shown = Shown("--kernel-shape", "1,1,3", "--input-shape", "1,12", "--no-channel-index", "--show", "x,y'", "--rows", "9");
        Assert.Contains("[x_0 x_1 x_2 x_3 x_4 x_5 x_6 x_7 x_8 x_9 x_{10} x_{11}]", shown);
        Assert.EndsWith("[a*x_9+b*x_{10}+c*x_{11}]\n", shown);
        var checkedBack = CliRunner.Run("check", "--kernel-shape", "1,1,3", "--input-shape", "1,12", "--no-channel-index",
            "--claim", "x[0,10] = x_{10}", "--claim", "y'[0] = a*x_0+b*x_1+c*x_2");
        Assert.True(checkedBack.ExitCode == 0, checkedBack.Stdout + checkedBack.Stderr);
    }

    [Fact]
    public void Without_the_channel_index_a_two_dimensional_input_keeps_its_positions()
    {
        var shown = Shown("--kernel-shape", "1,1,1,1", "--input-shape", "1,2,2", "--no-channel-index", "--show", "x");
        Assert.Contains("[x_{0,0} x_{0,1}]\n[x_{1,0} x_{1,1}]", shown);
    }

    [Fact]
    public void Channels_last_leaves_out_the_last_index()
    {
        var shown = Shown("--layout", "nhwc", "--kernel-shape", "1,1,3", "--input-shape", "5,1", "--no-channel-index", "--show", "y'");
        Assert.EndsWith("[a*x_0+b*x_1+c*x_2, a*x_1+b*x_2+c*x_3, a*x_2+b*x_3+c*x_4]\n", shown);
        Assert.StartsWith("symconv: error: --no-channel-index leaves the channel out of the input's symbols, which needs one input channel, not 5",
            Refused("--layout", "nhwc", "--kernel-shape", "1,1,3", "--input-shape", "1,5", "--no-channel-index"));
    }

    [Theory]
    [InlineData(new[] { "--kernel-shape", "1,2,3", "--input-shape", "2,5", "--no-channel-index" },
        "symconv: error: --no-channel-index leaves the channel out of the input's symbols, which needs one input channel, not 2")]
    [InlineData(new[] { "--kernel-shape", "1,1,3", "--input", "[[1 2 3 4]]", "--no-channel-index" },
        "symconv: error: --no-channel-index names generated input symbols, but the input is written out with --input")]
    [InlineData(new[] { "--kernel", "[[[a]]]", "--input-shape", "1,3", "--kernel-symbols", "w" },
        "symconv: error: --kernel-symbols names generated kernel symbols, but the kernel is written out with --kernel")]
    [InlineData(new[] { "--kernel-shape", "1,1,2", "--input-shape", "1,3", "--bias-symbols", "c" },
        "symconv: error: --bias-symbols names generated bias symbols, but the bias is written out with --bias")]
    [InlineData(new[] { "--kernel-shape", "1,1,2", "--input-shape", "1,3", "--kernel-symbols", "x" },
        "symconv: error: the generated kernel and input symbols would both be named x_{…}")]
    [InlineData(new[] { "--kernel-shape", "4,4,3", "--input-shape", "4,5", "--input-symbols", "w" },
        "symconv: error: the generated kernel and input symbols would both be named w_{…}")]
    [InlineData(new[] { "--kernel-shape", "1,1,2", "--input-shape", "1,3", "--bias", "auto", "--bias-symbols", "x" },
        "symconv: error: the generated input and bias symbols would both be named x_{…}")]
    [InlineData(new[] { "--kernel-shape", "1,1,2", "--input-shape", "1,3", "--input-symbols", "x_1" },
        "symconv: error: --input-symbols cannot be 'x_1': expected a symbol's word: a letter, then letters or digits, such as w, x or u")]
    [InlineData(new[] { "--kernel", "[[[u_7]]]", "--input-shape", "1,3", "--input-symbols", "u" },
        "symconv: error: the symbol u_7 written in the layer would read as one of the generated input symbols u_{…}, or be mistaken for one")]
    public void Clashing_or_idle_names_are_refused(string[] args, string firstLine) =>
        Assert.Equal(firstLine, Refused(args).Split('\n')[0]);

    [Fact]
    public void A_refused_family_word_points_at_the_option_that_chose_it()
    {
        var message = Refused("--kernel-shape", "1,1,2", "--input-shape", "1,3", "--kernel-symbols", "x");
        Assert.Contains("  --> --kernel-symbols, line 1, column 1\n", message);
    }
}
