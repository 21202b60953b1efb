namespace Sitrep.Core.Tests.Text.Input;

/// Hands out its text a few characters per Read, as a pipe may, to test reading across chunk boundaries.
public sealed class TrickleReader(string text, int step) : TextReader
{
    int _position;

    public override int Peek() => _position < text.Length ? text[_position] : -1;

    public override int Read() => _position < text.Length ? text[_position++] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        var n = Math.Min(Math.Min(count, step), text.Length - _position);
        text.CopyTo(_position, buffer, index, n);
        _position += n;
        return n;
    }
}
