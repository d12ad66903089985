using System.Globalization;
using Admissions.Cli.Demo;

namespace Admissions.Cli.Commands;

/// <summary>The options of <c>admissions demo generate</c> and <c>admissions demo load</c>.</summary>
internal sealed record DemoArguments(int Count, ulong Seed, string? OutputPath)
{
    /// <summary>Maximum of <c>--count</c>. The generator keeps IDs unique well beyond it.</summary>
    public const int MaxCount = 5_000_000;

    public static bool TryParse(string[] arguments, bool allowOutput, out DemoArguments parsed, out string error)
    {
        parsed = new DemoArguments(DemoSeasonGenerator.DefaultCount, DemoSeasonGenerator.DefaultSeed, null);
        error = "";
        for (var i = 0; i < arguments.Length; i++)
        {
            var option = arguments[i];
            if (i + 1 >= arguments.Length || !option.StartsWith("--", StringComparison.Ordinal))
            {
                error = $"Unexpected argument '{option}'; options take a value, for example --count 1000.";
                return false;
            }

            var value = arguments[++i];
            switch (option)
            {
                case "--count" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is >= 1 and <= MaxCount:
                    parsed = parsed with { Count = count };
                    break;
                case "--count":
                    error = $"--count must be a whole number from 1 to {MaxCount}, not '{value}'.";
                    return false;
                case "--seed" when ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seed):
                    parsed = parsed with { Seed = seed };
                    break;
                case "--seed":
                    error = $"--seed must be a non-negative whole number, not '{value}'.";
                    return false;
                case "--out" when allowOutput:
                    parsed = parsed with { OutputPath = value };
                    break;
                default:
                    error = $"Unknown option '{option}'.";
                    return false;
            }
        }

        if (allowOutput && parsed.OutputPath is null)
        {
            error = "demo generate needs --out FILE.";
            return false;
        }

        return true;
    }
}
