using System.Text;

namespace PolicyLang.LanguageServer.Protocol;

/// <summary>
/// Reads LSP base-protocol messages: ASCII headers, a blank line, then exactly Content-Length
/// bytes of UTF-8 JSON. The length counts bytes, not characters, so a body with "é" or "€" is
/// read whole.
/// <para>
/// A wrong header must not leave the server deaf (issue 20): a message without a usable
/// Content-Length (missing, negative, not a number, over <see cref="MaxContentLength"/>), a body
/// shorter than its length says, or text where a header should be, is reported and skipped up to
/// the next <c>Content-Length:</c>, where reading resynchronises. A length that is too long is
/// noticed where the body's JSON value ends: raw CR/LF cannot occur inside a JSON string, so the
/// next header can never be part of a valid body, and waiting for the missing bytes would hang
/// the client's next request.
/// </para>
/// </summary>
internal sealed class MessageReader(Stream input)
{
    /// <summary>Refuse absurd lengths so a corrupt header cannot make the server allocate gigabytes.</summary>
    public const int MaxContentLength = 64 * 1024 * 1024;

    /// <summary>A header line longer than this is not a header: reading skips to the next Content-Length.</summary>
    private const int MaxHeaderLine = 8192;

    private static readonly byte[] ContentLengthHeader = "content-length:"u8.ToArray();

    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    /// <summary>After a broken message: skip bytes until the next Content-Length header.</summary>
    private bool _resynchronising;

    /// <summary>The next body, or null at the end of the input. Header problems come back in <paramref name="problem"/>.</summary>
    public async Task<(byte[]? Body, string? Problem)> ReadAsync(CancellationToken cancellationToken)
    {
        if (!_resynchronising) return await ReadHeadersAndBodyAsync("", null, cancellationToken).ConfigureAwait(false);
        var skipped = await SkipToContentLengthAsync(cancellationToken).ConfigureAwait(false);
        if (skipped is null) return (null, "input ended while looking for the next Content-Length header");
        _resynchronising = false;
        var problem = skipped > 0 ? $"skipped {skipped} byte(s) up to the next Content-Length header" : null;
        return await ReadHeadersAndBodyAsync("Content-Length:", problem, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(byte[]? Body, string? Problem)> ReadHeadersAndBodyAsync(string pendingHeader, string? problem, CancellationToken cancellationToken)
    {
        int? length = null;
        string? invalid = null;
        var sawHeader = false;
        while (true)
        {
            var line = await ReadHeaderLineAsync(pendingHeader, cancellationToken).ConfigureAwait(false);
            pendingHeader = "";
            if (line is null) return (null, Join(problem, sawHeader ? "input ended inside a message header" : null));
            if (line.Length > MaxHeaderLine) return Skip(Join(problem, $"header line of over {MaxHeaderLine} bytes"));
            if (line.Length == 0)
            {
                if (!sawHeader) continue; // tolerate stray blank lines between messages
                break;
            }
            if (!IsHeaderLine(line, out var name, out var value))
            {
                // Text where a header should be: the rest of a body cut short by a wrong length, or a
                // message sent without headers. A Content-Length later in the line is where we resume.
                var at = line.IndexOf("Content-Length:", StringComparison.OrdinalIgnoreCase);
                if (at < 0) return Skip(Join(problem, $"text where a header was expected: '{Shorten(line)}'"));
                problem = Join(problem, $"skipped {at} byte(s) before a Content-Length header: '{Shorten(line[..at])}'");
                IsHeaderLine(line[at..], out name, out value);
                length = null;
            }
            sawHeader = true;
            if (!name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) continue;
            if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && parsed <= MaxContentLength)
                length = parsed;
            else
            {
                length = null;
                invalid = $"invalid Content-Length '{Shorten(value)}' (a number of bytes up to {MaxContentLength} is expected)";
            }
        }

        if (length is not { } count) return Skip(Join(problem, invalid ?? "message without Content-Length header"));
        var (body, complete) = await ReadBodyAsync(count, cancellationToken).ConfigureAwait(false);
        if (body is null) return (null, Join(problem, "input ended inside a message body"));
        if (!complete)
        {
            // Either the JSON is malformed (answered with a parse error) or the length was too short:
            // then what follows is the rest of this body, so the next read skips to a header.
            _resynchronising = true;
            return (body, Join(problem, $"the message's JSON does not end within its Content-Length {count}"));
        }
        if (body.Length < count) problem = Join(problem, $"Content-Length {count} is longer than the message ({body.Length} bytes); the rest is read as the next message");
        return (body, problem);
    }

    /// <summary>Drops the current message and makes the next read resynchronise on a Content-Length header.</summary>
    private (byte[]? Body, string? Problem) Skip(string problem)
    {
        _resynchronising = true;
        return ([], problem + "; skipping to the next Content-Length header");
    }

    /// <summary>
    /// Reads at most <paramref name="count"/> bytes, stopping where the top-level JSON object or
    /// array closes (then taking only the white space that is already buffered). Complete is false
    /// when the count ran out inside the JSON value; Body is null when the input ended.
    /// </summary>
    private async Task<(byte[]? Body, bool Complete)> ReadBodyAsync(int count, CancellationToken cancellationToken)
    {
        var body = new byte[count];
        var read = 0;
        var scanner = new JsonExtent();
        while (read < count)
        {
            if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false)) return (null, false);
            var available = Math.Min(count - read, _end - _start);
            var take = scanner.Feed(_buffer.AsSpan(_start, available));
            Buffer.BlockCopy(_buffer, _start, body, read, take);
            _start += take;
            read += take;
            if (!scanner.Closed) continue;
            // Trailing white space the length counted is part of the body; anything else starts the next message.
            while (read < count && _start < _end && _buffer[_start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
                body[read++] = _buffer[_start++];
            return (read == count ? body : body[..read], true);
        }
        return (body, scanner.Closed || !scanner.Started);
    }

    private async Task<string?> ReadHeaderLineAsync(string prefix, CancellationToken cancellationToken)
    {
        var line = new StringBuilder(prefix);
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
            line.Append((char)b);
            if (line.Length > MaxHeaderLine) return line.ToString();
        }
    }

    /// <summary>Consumes bytes up to and including the next "Content-Length:" (any case); the number skipped before it, or null at the end of the input.</summary>
    private async Task<long?> SkipToContentLengthAsync(CancellationToken cancellationToken)
    {
        long skipped = 0;
        var matched = 0;
        while (true)
        {
            if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false)) return null;
            var b = _buffer[_start++];
            var lower = b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b;
            if (lower == ContentLengthHeader[matched])
            {
                matched++;
            }
            else
            {
                // The pattern's first letter occurs nowhere else in it, so a failed match can only
                // restart at this byte: the partial match is skipped, and this byte unless it is a 'c'.
                skipped += matched;
                matched = lower == ContentLengthHeader[0] ? 1 : 0;
                if (matched == 0) skipped++;
            }
            if (matched == ContentLengthHeader.Length) return skipped;
        }
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        _start = 0;
        _end = await input.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
        return _end > 0;
    }

    /// <summary>"Name: value" with a header name of token characters (RFC 7230), as every LSP header is.</summary>
    private static bool IsHeaderLine(string line, out string name, out string value)
    {
        var colon = line.IndexOf(':');
        name = colon > 0 ? line[..colon].Trim() : "";
        value = colon > 0 ? line[(colon + 1)..].Trim() : "";
        return name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
    }

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(second))]
    private static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : first + "; " + second;

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;

    /// <summary>
    /// Follows the bytes of one JSON text just far enough to see where its top-level object or
    /// array ends: nesting depth and whether we are inside a string (with its escapes). A body that
    /// does not start with '{' or '[' is never "closed" and is read to its full length.
    /// </summary>
    private struct JsonExtent
    {
        private int _depth;
        private bool _inString;
        private bool _escaped;
        private bool _gaveUp;

        public bool Started { get; private set; }
        public bool Closed { get; private set; }

        /// <summary>Consumes bytes up to and including the one that closes the value; returns how many.</summary>
        public int Feed(ReadOnlySpan<byte> bytes)
        {
            if (Closed || _gaveUp) return bytes.Length;
            for (var i = 0; i < bytes.Length; i++)
            {
                var b = bytes[i];
                if (!Started)
                {
                    if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') continue;
                    if (b is not ((byte)'{' or (byte)'[')) { _gaveUp = true; return bytes.Length; }
                    Started = true;
                    _depth = 1;
                    continue;
                }
                if (_inString)
                {
                    if (_escaped) _escaped = false;
                    else if (b == '\\') _escaped = true;
                    else if (b == '"') _inString = false;
                    continue;
                }
                switch (b)
                {
                    case (byte)'"': _inString = true; break;
                    case (byte)'{' or (byte)'[': _depth++; break;
                    case (byte)'}' or (byte)']':
                        if (--_depth == 0) { Closed = true; return i + 1; }
                        break;
                }
            }
            return bytes.Length;
        }
    }
}
