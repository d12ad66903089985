using System.Text;

namespace Admissions.Domain.Text;

/// <summary>
/// Normalisation of stored text (Unicode NFC, white space collapsed and trimmed) and comparison keys
/// for Vietnamese names.
/// </summary>
public static class TextNormalizer
{
    /// <summary>
    /// Converts the text to Unicode NFC, replaces every run of white space or control characters with one
    /// space and trims both ends. Null becomes the empty string.
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var composed = ComposeNfc(text);
        return NeedsWhiteSpaceCollapse(composed) ? CollapseWhiteSpace(composed) : composed;
    }

    /// <summary>Normalises like <see cref="Normalize"/> but returns null when nothing remains.</summary>
    public static string? NormalizeOptional(string? text)
    {
        var normalized = Normalize(text);
        return normalized.Length == 0 ? null : normalized;
    }

    /// <summary>
    /// Builds a key under which two spellings of the same Vietnamese name compare equal: the tone mark
    /// may sit on either vowel (<c>Thuý</c> = <c>Thúy</c>, <c>Hoà</c> = <c>Hòa</c>), <c>Đ</c> and the
    /// look-alike <c>Ð</c> are one letter, and case is ignored. Other diacritics still count, so
    /// <c>Lan</c> and <c>Lân</c> differ. The key is for comparison only, never for display.
    /// </summary>
    public static string FoldForComparison(string? text)
    {
        var lower = Normalize(text).ToLowerInvariant();
        var decomposed = lower.Normalize(NormalizationForm.FormD);

        var key = new StringBuilder(decomposed.Length);
        var word = new StringBuilder();
        char? tone = null;
        foreach (var c in decomposed)
        {
            if (c == ' ')
            {
                AppendWord(key, word, tone);
                key.Append(' ');
                word.Clear();
                tone = null;
            }
            else if (IsToneMark(c))
            {
                tone ??= c;
            }
            else
            {
                word.Append(FoldLetter(c));
            }
        }

        AppendWord(key, word, tone);
        return key.ToString();
    }

    private static void AppendWord(StringBuilder key, StringBuilder word, char? tone)
    {
        // The word without its tone, recomposed, followed by the tone mark: where the writer placed the
        // tone no longer matters.
        key.Append(word.ToString().Normalize(NormalizationForm.FormC));
        if (tone is { } mark)
        {
            key.Append(mark);
        }
    }

    /// <summary>The five Vietnamese tone marks as combining characters: grave, acute, tilde, hook above, dot below.</summary>
    private static bool IsToneMark(char c) => c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323';

    /// <summary>Maps look-alikes of <c>đ</c> (Icelandic eth, African D) to <c>đ</c>.</summary>
    private static char FoldLetter(char c) => c is '\u00F0' or '\u0256' ? '\u0111' : c;

    private static string ComposeNfc(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // A lone surrogate cannot be normalised: replace it and try again.
            var repaired = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
            return repaired.Normalize(NormalizationForm.FormC);
        }
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || char.IsControl(c);

    private static bool NeedsWhiteSpaceCollapse(string text)
    {
        if (IsSeparator(text[0]) || IsSeparator(text[^1]))
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != ' ' && IsSeparator(c))
            {
                return true;
            }

            if (c == ' ' && text[i + 1] == ' ')
            {
                return true;
            }
        }

        return false;
    }

    private static string CollapseWhiteSpace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsSeparator(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
