namespace Sitrep.Web.Api;

/// A query parameter the client got wrong; the message is shown to them as the detail of a 400.
public sealed class ParameterException : Exception
{
    public ParameterException(string message) : base(message) { }
    public ParameterException() { }
    public ParameterException(string message, Exception inner) : base(message, inner) { }
}
