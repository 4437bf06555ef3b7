using System.Buffers;
using System.Text.Unicode;

namespace PolicyLang.Cli.Monitoring;

/// <summary>
/// A measurement file must be UTF-8. A spreadsheet saved as Windows-1252 or Latin-1 would
/// otherwise lose its é and € silently (CSV: replacement characters, so "Súdwest-Fryslân" matches no
/// gemeente), or stop the JSON reader with an exception. Checked once, streaming, before either
/// reader runs; the error names the line of the first byte that is not UTF-8.
/// </summary>
public static class Utf8Check
{
    private const int BlockSize = 64 * 1024;

    /// <summary>The 1-based line of the first invalid UTF-8 sequence, or null when the whole file is UTF-8.</summary>
    public static int? FirstInvalidLine(string path)
    {
        using var file = File.OpenRead(path);
        var bytes = ArrayPool<byte>.Shared.Rent(BlockSize + 4);
        var chars = ArrayPool<char>.Shared.Rent(BlockSize + 4);
        try
        {
            var (line, carried) = (1, 0);
            while (true)
            {
                var read = file.Read(bytes, carried, BlockSize);
                var length = carried + read;
                var last = read == 0;
                var status = Utf8.ToUtf16(bytes.AsSpan(0, length), chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: last);
                line += bytes.AsSpan(0, consumed).Count((byte)'\n');
                if (status == OperationStatus.InvalidData) return line;
                if (last) return null;
                // A sequence cut by the block's end is carried into the next block.
                carried = length - consumed;
                bytes.AsSpan(consumed, carried).CopyTo(bytes);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
