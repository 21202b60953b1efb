using System.Buffers;
using System.Text;

namespace Sitrep.Core.Text.Input;

/// Checks raw bytes before they become text: binary files, UTF-16 files, the UTF-8 BOM and strict UTF-8 decoding
/// (a replacement character would silently change the text that evidence spans point into).
internal static class TextBytes
{
    /// Like git and grep: a NUL byte early in a file means it is not text.
    public const int SniffLength = 8 * 1024;

    public static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// The problem with the start of a file, if its first bytes show it is not UTF-8 text.
    public static string? SniffProblem(ReadOnlySpan<byte> head, string noun)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return InputProblems.Utf16(noun);
        var sniffed = head[..Math.Min(head.Length, SniffLength)];
        return sniffed.Contains((byte)0) ? InputProblems.Binary(noun) : null;
    }

    public static int BomLength(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;

    /// Decodes strictly; on failure gives the offending byte and its offset within bytes.
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out byte badByte, out int badOffset)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            text = Encoding.UTF8.GetString(bytes);
            (badByte, badOffset) = (0, -1);
            return true;
        }
        text = "";
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != OperationStatus.Done) break;
            offset += consumed;
        }
        badOffset = offset;
        badByte = offset < bytes.Length ? bytes[offset] : (byte)0;
        return false;
    }
}
