using SymConv.Tests.Support;

namespace SymConv.Tests.Checking;

/// <summary>symconv check end to end: exit codes, the verdict lines, and errors that point into the claim.</summary>
public class CheckCommandTests
{
    private static CliRunner.Outcome Check(params string[] args) =>
        CliRunner.Run(["check", CliRunner.Example("seed.conv"), .. args]);

    [Fact]
    public void All_claims_holding_exits_0_with_a_tick_for_each()
    {
        var outcome = Check("--claim", "y'[3] = 5a+6b+8c+9d", "--claim", "M[0,3] = c");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(
            "Checking 2 claims against Conv2d: K 2×1×2×2 on x 1×3×3 gives y 2×2×2; M is 8×9\n\n" +
            "✓ y'[3] = 5a+6b+8c+9d\n✓ M[0,3] = c\n\nAll 2 claims hold.\n",
            outcome.Stdout);
    }

    [Fact]
    public void A_failing_claim_exits_1_with_true_claimed_and_difference()
    {
        var outcome = Check("--claim", "y'[3] = 5a+6b+8c+9d", "--claim", "y'[2] = 4a+5b+7c+9d");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains(
            "✗ y'[2] = 4a+5b+7c+9d\n" +
            "    true:           4a+5b+7c+8d\n" +
            "    claimed:        4a+5b+7c+9d\n" +
            "    true - claimed: -d\n",
            outcome.Stdout);
        Assert.EndsWith("\n1 of 2 claims holds; 1 fails.\n", outcome.Stdout);
    }

    [Fact]
    public void The_seed_claims_file_catches_the_sign_slip_and_passes_the_correction()
    {
        var outcome = Check("--claims", CliRunner.Example("seed-claims.txt"));
        Assert.Equal(1, outcome.ExitCode);
        var lines = outcome.Stdout.Split('\n');
        var slip = Array.FindIndex(lines, l => l.Contains("K[u,i,v-j,w-k]"));
        var corrected = Array.FindIndex(lines, l => l.Contains("K[u,i,j-v,k-w]"));
        Assert.StartsWith("✗ ", lines[slip]);
        Assert.Equal("    34 of 72 entries of M differ; the first 5:", lines[slip + 1]);
        Assert.StartsWith("✓ ", lines[corrected]);
        Assert.Equal(1, lines.Count(l => l.StartsWith("✗ ", StringComparison.Ordinal)));
        Assert.Equal(8, lines.Count(l => l.StartsWith("✓ ", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_seed_claims_file_output_matches_its_golden_file()
    {
        var outcome = Check("--claims", CliRunner.Example("seed-claims.txt"));
        // The claims' places name the file as given; the golden file names it as the README does.
        Golden.Assert("seed-claims.check.txt", outcome.Stdout.Replace(CliRunner.ExamplesFolder + Path.DirectorySeparatorChar, "examples/"));
    }

    [Fact]
    public void The_seed_backward_pass_claims_file_catches_the_wrong_derivation_and_matches_its_golden_file()
    {
        var outcome = Check("--claims", CliRunner.Example("seed-grad-claims.txt"));
        Assert.Equal(1, outcome.ExitCode);
        var lines = outcome.Stdout.Split('\n');
        Assert.Equal(["✗ examples/seed-grad-claims.txt:14"], lines.Where(l => l.StartsWith("✗ ", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(": ", StringComparison.Ordinal)].Replace(CliRunner.ExamplesFolder + Path.DirectorySeparatorChar, "examples/")));
        Assert.Equal(3, lines.Count(l => l.StartsWith("✓ ", StringComparison.Ordinal)));
        Golden.Assert("seed-grad-claims.check.txt", outcome.Stdout.Replace(CliRunner.ExamplesFolder + Path.DirectorySeparatorChar, "examples/"));
    }

    [Theory]
    [InlineData("y'[3] = 5a+", "error: '+' has nothing after it: a term (a number, a symbol or a parenthesis) must follow\n  --> --claim, line 1, column 11\n   | y'[3] = 5a+\n   |           ^\n")]
    [InlineData("y'[3] = 5a+6b+8c+?", "error: unexpected '?': after y'[3] = comes an expression of the layer's symbols and numbers, such as 5a+6b+8c+9d or a·5 + b·6\n  --> --claim, line 1, column 18\n   | y'[3] = 5a+6b+8c+?\n   |                  ^\n")]
    [InlineData("y'_{3} = 5a·6b ?", "error: unexpected '?': after y'_{3} = comes an expression of the layer's symbols and numbers, such as 5a+6b+8c+9d or a·5 + b·6\n  --> --claim, line 1, column 16\n")]
    [InlineData("y'[0] = 2 3", "error: '2 3' could mean the product 2·3 or the number 23; write 2*3 or 23\n  --> --claim, line 1, column 11\n   | y'[0] = 2 3\n   |           ^\n")]
    [InlineData("y'_12 = a", "error: _12 could mean the index 12 or the index 1 followed by 2; write _{12} or [12] for index 12\n  --> --claim, line 1, column 4\n   | y'_12 = a\n   |    ^\n")]
    [InlineData("M[1,1:30] = [a b]", "error: the slice 1:30 of M is not within the column, which runs 0..8: a slice FROM:TO takes FROM up to TO-1, so 0 <= FROM < TO <= 9\n  --> --claim, line 1, column 5\n")]
    [InlineData("y'[4:2] = [a b]", "error: the slice 4:2 of y' is not within it, which runs 0..7: a slice FROM:TO takes FROM up to TO-1, so 0 <= FROM < TO <= 8\n  --> --claim, line 1, column 4\n")]
    [InlineData("y'[8] = a", "error: index 8 is outside y': dimension 1 runs 0..7\n  --> --claim, line 1, column 4\n   | y'[8] = a\n   |    ^\n")]
    [InlineData("y'[3 = 5a", "error: unexpected '='; expected ':' or ',' or ']'\n  --> --claim, line 1, column 6\n   | y'[3 = 5a\n   |      ^\n")]
    [InlineData("M[0,(0,1,]) = a", "error: unexpected ']'; expected a number\n  --> --claim, line 1, column 10\n")]
    [InlineData("M[(u,v,w),(i,j,k] = 0", "error: unexpected ']'; expected ',' or ')'\n  --> --claim, line 1, column 17\n")]
    [InlineData("y'[3] 5a", "error: unexpected '5a'; expected '='\n  --> --claim, line 1, column 7\n")]
    [InlineData("y'[-1] = a", "error: index -1 is negative, outside y': dimension 1 runs 0..7\n  --> --claim, line 1, column 4\n   | y'[-1] = a\n   |    ^\n")]
    [InlineData("y'[1234567890123456789012345] = a", "error: index 1234567890123456789012345 is outside y': dimension 1 runs 0..7\n  --> --claim, line 1, column 4\n")]
    [InlineData("M[0,-3] = a", "error: index -3 is negative, outside M: the column runs 0..8\n  --> --claim, line 1, column 5\n")]
    [InlineData("M[(0,-1,1),3] = a", "error: index -1 is negative, outside the output: dimension 2 runs 0..1\n  --> --claim, line 1, column 3\n")]
    [InlineData("y[0,0,99999999999999999999] = a", "error: index 99999999999999999999 is outside y: dimension 3 runs 0..1\n  --> --claim, line 1, column 7\n")]
    [InlineData("M[(0,2,1),3] = a", "error: index 2 is outside the output: dimension 2 runs 0..1\n  --> --claim, line 1, column 3\n")]
    [InlineData("y[1,0,2] = a", "error: index 2 is outside y: dimension 3 runs 0..1\n  --> --claim, line 1, column 7\n")]
    [InlineData("z[0] = a", "error: 'z' is not a part of the layer: a claim is about K, x, x', M, b, y' or y, or the backward pass g, dx, dx', dK or db\n  --> --claim, line 1, column 1\n")]
    [InlineData("y[1,1] = a", "error: y has shape 2×2×2, so an entry needs 3 indices, not 2\n  --> --claim, line 1, column 2\n")]
    [InlineData("M[(0,1),3] = a", "error: this output index has 2 components, but the output has shape 2×2×2: give one per dimension, or one flat index\n  --> --claim, line 1, column 3\n")]
    [InlineData("y[:] = [a]", "error: a claim can slice a row of M (M[ROW,:], M[ROW,0:9]) or y' and x' (y'[0:4]); for other parts claim entries or the whole tensor\n  --> --claim, line 1, column 3\n")]
    [InlineData("M[0,:] = a", "error: a claim about M as a whole needs a tensor in brackets after '=', as SymConv prints it\n  --> --claim, line 1, column 10\n")]
    [InlineData("M[(u,v,w),(i,j,k)] = K[u,i,j-v] if 0 <= j-v < P", "error: K has shape 2×1×2×2, so reading it takes 4 indices, not 3\n  --> --claim, line 1, column 22\n")]
    [InlineData("M[(u,v,w),(i,j,k)] = K[u,i,j-v,k-w] if 0 <= j-v < Z", "error: unknown name 'Z'; in scope are u, v, w, i, j, k, C, D, G, H, H', P, W, W', Q, K[…], x[…], x'[…], y[…], y'[…], g[…], dK[…], dx[…], dx'[…], insize[d], ksize[d], outsize[d], stride[d], dilation[d], padding[d]\n  --> --claim, line 1, column 51\n")]
    [InlineData("M[(u,v,w),(i,j,k)] = K[u,i,j-v,k-w] if 0 <= j-v < P and", "error: unexpected end of text; expected 'not' or a number, a name, '(' or '⌊'\n  --> --claim, line 1, column 56\n")]
    [InlineData("M[(u,v,w),(i,j,k)] = K[u,i,(j-v//2,k]", "error: unexpected ','; expected an operator or 'if' or ')'\n  --> --claim, line 1, column 35\n   | M[(u,v,w),(i,j,k)] = K[u,i,(j-v//2,k]\n   |                                   ^\n")]
    [InlineData("M[(u,v,w),(i,j,k)] = K[u,i,j-v k-w] if 0 <= j-v < P", "error: unexpected 'k'; expected an operator or ',' or ']'\n  --> --claim, line 1, column 32\n")]
    [InlineData("M[(u,v,w),(i,j,k)] = K[u,i,j-v,k-w] if 0 <= j-v < P an 0 <= k-w < Q", "error: unexpected 'an'; expected an operator or a comparison (< <= > >= == = !=) or 'and' or 'or' or ',' or ';' and another case or 'otherwise' or 'else' or the end of the formula\n  --> --claim, line 1, column 53\n")]
    [InlineData("M[(u,v,w),(i,j,k)] = K[u,i,j-v,k-w] if 0 <= j-v < P and 0 <= k-w < Q elsewhere 0", "error: unexpected 'elsewhere'; expected an operator or a comparison (< <= > >= == = !=) or 'and' or 'or' or ',' or ';' and another case or 'otherwise' or 'else' or the end of the formula\n  --> --claim, line 1, column 70\n")]
    [InlineData("M[(u,v,w),(i,j,k)] = K[u,i,j-v,k-w] if 0 <= j-v < P and 0 <= k-w < Q 0", "error: unexpected '0'; expected an operator or a comparison (< <= > >= == = !=) or 'and' or 'or' or ',' or ';' and another case or 'otherwise' or 'else' or the end of the formula\n  --> --claim, line 1, column 70\n")]
    [InlineData("M[(u,v,w),(i,j,k)] = K[u,i,(j-2v)//2] if j < Q", "error: K has shape 2×1×2×2, so reading it takes 4 indices, not 3\n  --> --claim, line 1, column 22\n   | M[(u,v,w),(i,j,k)] = K[u,i,(j-2v)//2] if j < Q\n   |                      ^\n")]
    [InlineData("M[(u,v,w),(i,j,k)] = K[u,i,(j-v)/2,k-w] if (j-v) % 2 = 0", "error: a formula's arithmetic is on integers, so / alone has no meaning here: write // (or ⌊A/B⌋) to divide rounding down, and % or mod for the remainder\n  --> --claim, line 1, column 33\n")]
    [InlineData("M[(u,v,w),(i,j,k)] = K[u,i,⌊j-v/2⌋,k-w] if (j-v) % 2 = 0", "error: ⌊j-v/2⌋ could mean ⌊(j-v)/2⌋ or j-⌊v/2⌋; write the one you mean\n  --> --claim, line 1, column 32\n")]
    [InlineData("M[(u,v,w),(i,j,k)] = K[u,i,j-v,k-w], 0 if u == 0", "error: this case can never be reached: the case before it has no 'if', so it always applies\n  --> --claim, line 1, column 38\n")]
    [InlineData("M[(u,v,w),(i,j,k)] = K[u,i,j-v,k-w] otherwise 0", "error: this case can never be reached: the case before it has no 'if', so it always applies\n  --> --claim, line 1, column 37\n")]
    [InlineData("M[(u,v,w),(i,j,k)] = 0 if u == 0, otherwise 1, 2 if u == 1", "error: this case can never be reached: the case before it has no 'if', so it always applies\n  --> --claim, line 1, column 48\n")]
    [InlineData("M[(u,v,P),(i,j,k)] = 0", "error: the index name 'P' is already a size of the layer; choose another name\n")]
    [InlineData("M[(u,v,w),(i,j)] = 0", "error: this input index has 2 components, but the input has shape 1×3×3: give one per dimension, or one flat index\n")]
    [InlineData("M[(u,v,w),(i,j,k)] = K[u,i,j-v,k-w] // 2", "error: each side of // must be an integer expression of the indices and sizes, but this reads a tensor entry\n  --> --claim, line 1, column 22\n")]
    [InlineData("y'[(u,v)] = 0", "error: y' has shape 8, so its formula names 1 index, such as y'[s] = …\n  --> --claim, line 1, column 3\n")]
    [InlineData("y[d,1,j] = 0", "error: an index formula for y (shape 2×2×2) names every index, such as y[d,i,j] = …; for one entry write numbers only\n  --> --claim, line 1, column 5\n")]
    public void A_bad_claim_exits_2_with_one_message_pointing_into_it(string claim, string expected)
    {
        var outcome = Check("--claim", claim);
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("symconv: " + expected, outcome.Stderr);
        // The report lists it in its place, with the same message.
        Assert.Contains("\n? " + claim + "\n    cannot be read", outcome.Stdout);
        Assert.Contains(expected[("error: ".Length)..].Split('\n')[0] + "\n", outcome.Stdout);
        Assert.EndsWith("\nThe claim cannot be read.\n", outcome.Stdout);
    }

    [Fact]
    public void A_bad_claim_in_a_file_points_at_the_files_line_and_column()
    {
        var path = Path.Combine(Path.GetTempPath(), $"symconv-claims-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "# two claims\ny'[3] = 5a+6b+8c+9d\n\nM = [\n[a b 0|c d 0|0 0 0]\n[0 a b|0 c d|0 0 0 ?]\n]\n");
        try
        {
            var outcome = Check("--claims", path);
            Assert.Equal(2, outcome.ExitCode);
            Assert.StartsWith(
                $"symconv: error: unexpected '?'; expected ']'\n  --> {path}, line 6, column 20\n   | [0 a b|0 c d|0 0 0 ?]\n   |                    ^\n",
                outcome.Stderr);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_unreadable_claim_in_a_file_does_not_stop_the_others()
    {
        var path = TempFile.Write("y'[3] = 5a+6b+8c+9d\ny'[2] = 4a+5b+7c+9d\ny'[-1] = a\nM[0,3] = c\ny'[0] = 1a+\n", "claims.txt");
        var outcome = Check("--claims", path);
        Assert.Equal(2, outcome.ExitCode);
        var verdicts = outcome.Stdout.Split('\n').Where(l => l.Length > 1 && "✓✗?".Contains(l[0]) && l[1] == ' ').Select(l => l[..1]).ToArray();
        Assert.Equal(["✓", "✗", "?", "✓", "?"], verdicts);
        Assert.Contains($"? {path}:3: y'[-1] = a\n    cannot be read (line 3, column 4): index -1 is negative, outside y': dimension 1 runs 0..7\n", outcome.Stdout);
        Assert.Contains($"? {path}:5: y'[0] = 1a+\n    cannot be read (line 5, column 11): ", outcome.Stdout);
        Assert.EndsWith("\n2 of 5 claims hold; 1 fails; 2 cannot be read.\n", outcome.Stdout);
        Assert.StartsWith($"symconv: error: index -1 is negative, outside y': dimension 1 runs 0..7\n  --> {path}, line 3, column 4\n", outcome.Stderr);
        Assert.Contains($"  --> {path}, line 5, column 11\n", outcome.Stderr);
    }

    [Fact]
    public void Backward_pass_claims_are_checked_under_the_upstream_given()
    {
        // g is 1 at y[0,0,0] and 2 at y[1,1,1]: dK[d,0,p,q] = Σ g[d,v,w] x[0,v+p,w+q], so by hand from
        // x = 1..9, dK[0,0,·,·] = x[0,p,q] (1 2 / 4 5) and dK[1,0,·,·] = 2 x[0,1+p,1+q] (10 12 / 16 18).
        const string upstream = "[[[1 0] [0 0]] [[0 0] [0 2]]]";
        var holds = Check("--upstream", upstream, "--claim", "dK = [[[[1 2] [4 5]]] [[[10 12] [16 18]]]]", "--claim", "dK[1,0,1,1] = 18");
        Assert.Equal(0, holds.ExitCode);
        var fails = Check("--upstream", upstream, "--claim", "dK[0,0,0,0] = 2");
        Assert.Equal(1, fails.ExitCode);
        Assert.Contains("    true:           1\n    claimed:        2\n", fails.Stdout);
        var wrongShape = Check("--upstream", "[[[1 0] [0 0]]]", "--claim", "dK[0,0,0,0] = 1");
        Assert.Equal(2, wrongShape.ExitCode);
        Assert.StartsWith("symconv: error: ", wrongShape.Stderr);
        Assert.Equal("", wrongShape.Stdout);
    }

    [Fact]
    public void A_hint_is_given_once_however_many_unreadable_claims_share_it()
    {
        // A matrix pasted with its brackets closed after the first row: each row after it is then a
        // claim of its own that cannot be read, and each gets its caret, but the hint only once.
        var path = TempFile.Write("y'[0] = 1a+2b+4c+5d\n[0 a b|0 c d|0 0 0]\n[0 0 0|a b 0|c d 0]\n[0 0 0|0 a b|0 c d]\n", "claims.txt");
        var outcome = Check("--claims", path);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(3, outcome.Stderr.Split("symconv: error: unexpected '['").Length - 1);
        Assert.Equal(1, outcome.Stderr.Split("hint: a claim is TARGET[INDEX] = VALUE").Length - 1);
        Assert.Contains($"  --> {path}, line 4, column 1\n", outcome.Stderr);
    }

    [Theory]
    [InlineData("y'[3] = 5a+6b+8c+9d\ny'[2] = 4a+5b+7c+9d\n", 1)]
    [InlineData("y'[3] = 5a+6b+8c+9d\nM[0,3] = c\n", 0)]
    [InlineData("y'[3] = 5a+6b+8c+9d\ny'[2] = 4a+5b+7c+9d\ny'[9] = a\n", 2)]
    [InlineData("y'[9] = a\n", 2)]
    public void The_exit_code_is_2_if_any_claim_is_unreadable_else_1_if_any_fails_else_0(string claims, int expected)
    {
        var path = TempFile.Write(claims, "claims.txt");
        Assert.Equal(expected, Check("--claims", path).ExitCode);
    }

    [Fact]
    public void Json_lists_unreadable_claims_beside_the_checked_ones()
    {
        var path = TempFile.Write("y'[3] = 5a+6b+8c+9d\ny'[-1] = a\n", "claims.txt");
        var outcome = Check("--format", "json", "--claims", path);
        Assert.Equal(2, outcome.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(outcome.Stdout);
        Assert.Equal(1, json.RootElement.GetProperty("claims").GetArrayLength());
        var unreadable = json.RootElement.GetProperty("unreadable");
        Assert.Equal(1, unreadable.GetArrayLength());
        Assert.Equal("y'[-1] = a", unreadable[0].GetProperty("claim").GetString());
        Assert.Equal($"{path}:2", unreadable[0].GetProperty("place").GetString());
        Assert.Equal(2, unreadable[0].GetProperty("line").GetInt32());
        Assert.Equal(4, unreadable[0].GetProperty("column").GetInt32());
        Assert.Equal("index -1 is negative, outside y': dimension 1 runs 0..7", unreadable[0].GetProperty("message").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("hold").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("fail").GetInt32());
    }

    [Fact]
    public void A_claims_file_runs_a_claim_on_while_its_brackets_are_open_and_skips_comments()
    {
        var path = Path.Combine(Path.GetTempPath(), $"symconv-claims-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "y' = [1a+2b+4c+5d, 2a+3b+5c+6d, # first row\n  4a+5b+7c+8d, 5a+6b+8c+9d,\n  1e+2f+4g+5h, 2e+3f+5g+6h, 4e+5f+7g+8h, 5e+6f+8g+9h]\r\nM[(u,v,w),\n  (i,j,k)] = K[u,i,j-v,k-w] if 0 <= j-v < P and 0 <= k-w < Q\n");
        try
        {
            var outcome = Check("--claims", path);
            Assert.True(outcome.ExitCode == 0, outcome.Stdout + outcome.Stderr);
            Assert.Contains($"✓ {path}:1: y' = [1a+2b+4c+5d, 2a+3b+5c+6d, 4a+5b+7c+8d,", outcome.Stdout);
            Assert.Contains($"✓ {path}:4: M[(u,v,w), (i,j,k)] = K[u,i,j-v,k-w]", outcome.Stdout);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_claim_in_a_spec_file_is_checked_and_its_errors_point_into_the_spec()
    {
        var path = Path.Combine(Path.GetTempPath(), $"symconv-spec-{Guid.NewGuid():N}.conv");
        File.WriteAllText(path, "kernel-shape = 2,1,2,2\ninput = [[[1 2 3] [4 5 6] [7 8 9]]]\nclaim = y'[3] = 5a+6b+8c+9z?\n");
        try
        {
            var outcome = CliRunner.Run("check", path);
            Assert.Equal(2, outcome.ExitCode);
            Assert.StartsWith($"symconv: error: unexpected '?': after y'[3] = comes an expression of the layer's symbols and numbers, such as 5a+6b+8c+9d or a·5 + b·6\n  --> {path}, line 3, column 28\n   | claim = y'[3] = 5a+6b+8c+9z?\n   |                            ^\n", outcome.Stderr);
            File.WriteAllText(path, "kernel-shape = 2,1,2,2\ninput = [[[1 2 3] [4 5 6] [7 8 9]]]\nclaim = y'[3] = 5a+6b+8c+9d\n");
            var good = CliRunner.Run("check", path);
            Assert.Equal(0, good.ExitCode);
            Assert.Contains($"✓ {path}:3: y'[3] = 5a+6b+8c+9d\n", good.Stdout);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Runs_that_would_recurse_too_deep_are_refused_not_crashed_on()
    {
        var signs = new string('-', 10_000);
        Assert.StartsWith("symconv: error: more than 64 signs in a row; write the sign once\n  --> --claim, line 1, column 73\n",
            Check("--claim", "y'[0] = " + signs + "a").Stderr);
        Assert.StartsWith("symconv: error: more than 64 signs in a row; write the sign once\n",
            CliRunner.Run("--kernel", "[[[[" + signs + "a]]]]", "--input-shape", "1,2,2").Stderr);
        Assert.StartsWith("symconv: error: more than 64 nots in a row; write not once\n  --> --claim, line 1, column 15\n",
            Check("--claim", "M[s,t] = 0 if " + string.Concat(Enumerable.Repeat("not ", 100)) + "s < 1").Stderr);
        var longSum = Check("--claim", "M[s,t] = 0" + string.Concat(Enumerable.Repeat("+1", 60_000)));
        Assert.Equal(2, longSum.ExitCode);
        Assert.StartsWith("symconv: error: this formula is longer than 100,000 characters,", longSum.Stderr);
        // Long sums and chains are compiled into loops: 40,000 terms and 10,000 ands neither recurse nor crash.
        Assert.Equal(1, Check("--claim", "M[s,t] = 0" + string.Concat(Enumerable.Repeat("+1", 20_000))).ExitCode);
        Assert.Equal(1, Check("--claim", "M[s,t] = 1 if s >= 0" + string.Concat(Enumerable.Repeat(" and t >= 0", 8_000))).ExitCode);
        Assert.Equal(1, Check("--claim", "M[s,t] = 0" + string.Concat(Enumerable.Repeat("+1", 900))).ExitCode);
    }

    [Fact]
    public void Json_output_carries_the_same_verdicts_as_exact_expressions()
    {
        var outcome = Check("--format", "json", "--claim", "y'[3] = 5a+6b+8c+9d", "--claim", "y'[2] = 4a+5b+7c+9d",
            "--claim", "M[(u,v,w),(i,j,k)] = K[u,i,j-v-5,k-w] if 0 <= j-v < P and 0 <= k-w < Q");
        Assert.Equal(1, outcome.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(outcome.Stdout);
        var claims = json.RootElement.GetProperty("claims");
        Assert.True(claims[0].GetProperty("holds").GetBoolean());
        Assert.False(claims[1].GetProperty("holds").GetBoolean());
        Assert.Equal("-d", claims[1].GetProperty("difference").GetProperty("text").GetString());
        Assert.Equal("-1", claims[1].GetProperty("difference").GetProperty("terms")[0].GetProperty("coef").GetString());
        Assert.Equal(32, claims[2].GetProperty("differ").GetInt64());
        Assert.Equal(72, claims[2].GetProperty("entries").GetInt64());
        var first = claims[2].GetProperty("mismatches")[0];
        Assert.Equal(System.Text.Json.JsonValueKind.Null, first.GetProperty("claimed").ValueKind);
        Assert.Equal("reads K[0,0,-5,0], outside K, whose shape is 2×1×2×2", first.GetProperty("problem").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("hold").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("fail").GetInt32());
    }

    [Fact]
    public void No_claims_or_a_missing_file_exit_2()
    {
        Assert.Equal(2, Check().ExitCode);
        Assert.Contains("needs at least one claim", Check().Stderr);
        var missing = Check("--claims", "no-such-claims.txt");
        Assert.Equal(2, missing.ExitCode);
        Assert.StartsWith("symconv: error: cannot read the claims file 'no-such-claims.txt': no such file", missing.Stderr);
    }

    [Fact]
    public void Check_options_belong_to_check_only()
    {
        var outcome = CliRunner.Run(CliRunner.Example("seed.conv"), "--claim", "M[0,3] = c");
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("symconv: error: --claim does not apply to symconv (the layer view); symconv check reads it\n", outcome.Stderr);
    }

    [Fact]
    public void Check_without_a_layer_uses_the_seed()
    {
        var outcome = CliRunner.Run("check", "--claim", "y'[0] = 1a+2b+4c+5d");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("seed example", outcome.Stderr);
    }
}
