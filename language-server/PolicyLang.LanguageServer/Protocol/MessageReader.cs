using System.Text;

namespace PolicyLang.LanguageServer.Protocol;

/// <summary>
/// Reads LSP base-protocol messages: ASCII headers, a blank line, then exactly Content-Length
/// bytes of UTF-8 JSON. The length counts bytes, not characters, so a body with "é" or "€" is
/// read whole. A message whose header has no usable Content-Length is reported and skipped.
/// </summary>
internal sealed class MessageReader(Stream input)
{
    /// <summary>Refuse absurd lengths so a corrupt header cannot make the server allocate gigabytes.</summary>
    public const int MaxContentLength = 64 * 1024 * 1024;

    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    /// <summary>The next body, or null at the end of the input. Header problems come back in <paramref name="problem"/>.</summary>
    public async Task<(byte[]? Body, string? Problem)> ReadAsync(CancellationToken cancellationToken)
    {
        int? length = null;
        string? problem = null;
        var sawHeader = false;
        while (true)
        {
            var line = await ReadHeaderLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null) return (null, sawHeader ? "input ended inside a message header" : null);
            if (line.Length == 0)
            {
                if (!sawHeader) continue; // tolerate stray blank lines between messages
                break;
            }
            sawHeader = true;
            var colon = line.IndexOf(':');
            if (colon <= 0) { problem = $"malformed header line '{Shorten(line)}'"; continue; }
            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && parsed <= MaxContentLength)
                    length = parsed;
                else
                    problem = $"invalid Content-Length '{Shorten(value)}'";
            }
        }

        if (length is not { } count) return ([], problem ?? "message without Content-Length header");
        var body = new byte[count];
        var read = 0;
        while (read < count)
        {
            if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false))
                return (null, "input ended inside a message body");
            var take = Math.Min(count - read, _end - _start);
            Buffer.BlockCopy(_buffer, _start, body, read, take);
            _start += take;
            read += take;
        }
        return (body, problem);
    }

    private async Task<string?> ReadHeaderLineAsync(CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        while (true)
        {
            if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false))
                return line.Length == 0 ? null : line.ToString();
            var b = _buffer[_start++];
            if (b == '\n')
            {
                if (line.Length > 0 && line[^1] == '\r') line.Length--;
                return line.ToString();
            }
            // A header line longer than this is not a header: give up on it rather than grow forever.
            if (line.Length < 8192) line.Append((char)b);
        }
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        _start = 0;
        _end = await input.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
        return _end > 0;
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
