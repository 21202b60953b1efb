using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Core.Store;

/// Keys that recognise an article seen before: a hash of its text with case and spacing normalised (a re-post
/// with other line breaks is the same article), and its url without fragment or trailing slash.
static class TextFingerprint
{
    public static string Hash(string text)
    {
        var normal = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(c))
            {
                space = normal.Length > 0;
                continue;
            }
            if (space) normal.Append(' ');
            space = false;
            normal.Append(char.ToLowerInvariant(c));
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normal.ToString())));
    }

    public static string? Url(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var trimmed = url.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)) return trimmed;
        var builder = new UriBuilder(uri) { Fragment = "" };
        if (builder.Path.Length > 1) builder.Path = builder.Path.TrimEnd('/');
        if ((builder.Scheme == "http" && builder.Port == 80) || (builder.Scheme == "https" && builder.Port == 443)) builder.Port = -1;
        return builder.Uri.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.Fragment, UriFormat.UriEscaped).TrimEnd('/');
    }
}
