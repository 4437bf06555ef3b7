using System.Text;

namespace PolicyLang.LanguageServer.Protocol;

/// <summary>
/// Writes framed messages. Responses come from several handler threads at once, so writes are
/// serialised: one message's header and body are never interleaved with another's.
/// </summary>
internal sealed class MessageWriter(Stream output)
{
    private readonly Lock _gate = new();

    public void Write(byte[] body)
    {
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        lock (_gate)
        {
            output.Write(header);
            output.Write(body);
            output.Flush();
        }
    }
}
