using SymConv.Cli;

namespace SymConv.Tests;

/// <summary>The -o file stream: whatever the pieces and wherever direct writes start, the file holds exactly the bytes written.</summary>
public class LargeFileStreamTests
{
    [Theory]
    [InlineData(0L)]
    [InlineData(4L << 20)]
    [InlineData(long.MaxValue)]
    public void The_file_holds_every_byte_in_order(long directThreshold)
    {
        var random = new Random(7);
        // Two whole 4 MiB chunks and then some: direct writes, and a tail that is not a block.
        var expected = new byte[(9 << 20) + 12345];
        random.NextBytes(expected);
        var path = Path.Combine(Path.GetTempPath(), $"symconv-large-{Guid.NewGuid():N}.bin");
        try
        {
            using (var stream = new LargeFileStream(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0), directThreshold))
            {
                var at = 0;
                while (at < expected.Length)
                {
                    var size = Math.Min(expected.Length - at, random.Next(3) == 0 ? random.Next(1, 5 << 20) : random.Next(1, 5000));
                    stream.Write(expected, at, size);
                    at += size;
                    if (random.Next(10) == 0) stream.Flush();
                }
            }
            Assert.Equal(expected, File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_empty_output_makes_an_empty_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"symconv-large-{Guid.NewGuid():N}.bin");
        try
        {
            new LargeFileStream(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0), 0).Dispose();
            Assert.Empty(File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
