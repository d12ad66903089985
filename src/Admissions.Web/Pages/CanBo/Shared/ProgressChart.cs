using System.Globalization;
using Admissions.Data.Reporting;
using Admissions.Domain.Reporting;
using Admissions.Domain.Season;
using Microsoft.AspNetCore.Html;

namespace Admissions.Web.Pages.CanBo.Shared;

/// <summary>One day of the progress chart.</summary>
public sealed record ProgressDay(DateOnly Day, long FirstConfirmations, long Cumulative);

/// <summary>
/// The cumulative number of dossiers confirmed for the first time, day by day, drawn as an inline SVG line chart
/// with a table of the same figures for screen readers. Coordinates are in the SVG's own units.
/// </summary>
public sealed class ProgressChart
{
    public const int Width = 640;
    public const int Height = 260;
    public const int Left = 64;
    public const int Right = 16;
    public const int Top = 16;
    public const int Bottom = 40;

    private ProgressChart(IReadOnlyList<ProgressDay> days, string id)
    {
        Days = days;
        Id = id;
        Maximum = Math.Max(1, days.Count == 0 ? 0 : days[^1].Cumulative);
    }

    /// <summary>Prefix of the element ids, unique on the page.</summary>
    public string Id { get; }

    /// <summary>Every day from the first to the last day of the chart, days without confirmations included.</summary>
    public IReadOnlyList<ProgressDay> Days { get; }

    /// <summary>The top of the vertical axis: the last cumulative value, at least 1.</summary>
    public long Maximum { get; }

    public bool IsEmpty => Days.Count == 0 || Days[^1].Cumulative == 0;

    public long Total => Days.Count == 0 ? 0 : Days[^1].Cumulative;

    /// <summary>
    /// Builds the chart from the season's first day to <paramref name="lastDay"/> (today, or the closing day once the
    /// window has closed), widened to any day that has confirmations outside that range.
    /// </summary>
    public static ProgressChart Build(IReadOnlyList<DailyConfirmations> daily, DateOnly firstDay, DateOnly lastDay, string id)
    {
        if (daily.Count > 0)
        {
            firstDay = daily[0].Day < firstDay ? daily[0].Day : firstDay;
            lastDay = daily[^1].Day > lastDay ? daily[^1].Day : lastDay;
        }

        var perDay = daily.ToDictionary(d => d.Day, d => d.FirstConfirmations);
        var days = new List<ProgressDay>();
        long cumulative = 0;
        for (var day = firstDay; day <= lastDay; day = day.AddDays(1))
        {
            var count = perDay.GetValueOrDefault(day);
            cumulative += count;
            days.Add(new ProgressDay(day, count, cumulative));
        }

        return new ProgressChart(days, id);
    }

    /// <summary>Builds the chart over the confirmation window of <paramref name="season"/>, up to today while it is open.</summary>
    public static ProgressChart ForSeason(IReadOnlyList<DailyConfirmations> daily, SeasonOptions season, DateTimeOffset now, string id)
    {
        var today = DateOnly.FromDateTime(VietnamTime.ToLocal(now));
        var opens = DateOnly.FromDateTime(season.ConfirmationOpens);
        var closes = DateOnly.FromDateTime(season.ConfirmationCloses);
        return Build(daily, opens, today < closes ? today : closes, id);
    }

    /// <summary>The points of the line, <c>x,y</c> pairs separated by spaces.</summary>
    public string LinePoints() => string.Join(' ', Days.Select((day, index) => Point(index, day.Cumulative)));

    /// <summary>The line closed along the horizontal axis, for the shaded area under it.</summary>
    public string AreaPoints() =>
        $"{Format(X(0))},{Format(Y(0))} {LinePoints()} {Format(X(Days.Count - 1))},{Format(Y(0))}";

    /// <summary>Horizontal grid lines at 0, 25, 50, 75 and 100% of the maximum, with their labels.</summary>
    public IEnumerable<(double Y, string Label)> GridLines() =>
        Enumerable.Range(0, 5).Select(step =>
        {
            var value = Maximum * step / 4;
            return (Y(value), VietnameseNumbers.Integer(value));
        });

    public double FirstX => X(0);

    public double LastX => X(Days.Count - 1);

    /// <summary>
    /// An SVG <c>text</c> element for an axis label. Razor reserves the <c>text</c> tag for its own use, so the
    /// element is built here, with the content HTML-encoded.
    /// </summary>
    public static IHtmlContent AxisLabel(double x, double y, string anchor, string content)
    {
        var builder = new HtmlContentBuilder();
        builder.AppendHtml($"<text class=\"axis-label\" font-size=\"12\" fill=\"#333\" x=\"{Format(x)}\" y=\"{Format(y)}\" text-anchor=\"{anchor}\" dominant-baseline=\"middle\">");
        builder.Append(content);
        builder.AppendHtml("</text>");
        return builder;
    }

    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private string Point(int index, long value) => $"{Format(X(index))},{Format(Y(value))}";

    private double X(int index)
    {
        var plotWidth = Width - Left - Right;
        return Days.Count <= 1 ? Left + plotWidth / 2.0 : Left + plotWidth * index / (double)(Days.Count - 1);
    }

    private double Y(long value)
    {
        var plotHeight = Height - Top - Bottom;
        return Top + plotHeight * (1 - value / (double)Maximum);
    }
}
