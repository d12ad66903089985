using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Admissions.Tests.Infrastructure;

/// <summary>
/// A parent's browser without JavaScript: keeps cookies, follows no redirects by itself, and fills forms from the
/// HTML the site serves (antiforgery token included).
/// </summary>
public sealed class ParentClient : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly HttpClient client;

    public ParentClient(Uri baseAddress, CookieContainer? cookies = null)
    {
        Cookies = cookies ?? new CookieContainer();
        client = new HttpClient(new SocketsHttpHandler { CookieContainer = Cookies, AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public CookieContainer Cookies { get; }

    public Task<HttpResponseMessage> GetAsync(string path) => client.GetAsync(path);

    public async Task<IHtmlDocument> GetDocumentAsync(string path)
    {
        using var response = await client.GetAsync(path);
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>Submits the form found by <paramref name="formSelector"/> on the page at <paramref name="path"/> with the given fields.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string path, string formSelector, IReadOnlyDictionary<string, string> fields)
    {
        var document = await GetDocumentAsync(path);
        var form = document.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {path}.");
        return await PostFormAsync(form, fields, path);
    }

    public Task<HttpResponseMessage> PostFormAsync(IHtmlFormElement form, IReadOnlyDictionary<string, string> fields, string pagePath)
    {
        var values = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]"))
        {
            values[input.Name!] = input.Value;
        }

        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? pagePath : action;
        return client.PostAsync(target, new FormUrlEncodedContent(values));
    }

    /// <summary>Posts fields as they are, for requests that no form on the page offers.</summary>
    public Task<HttpResponseMessage> SubmitRawAsync(string path, IReadOnlyDictionary<string, string> fields) =>
        client.PostAsync(path, new FormUrlEncodedContent(fields));

    public Task<HttpResponseMessage> LookupAsync(string personalId, string birthDate) =>
        SubmitAsync("/", "form", new Dictionary<string, string> { ["PersonalId"] = personalId, ["BirthDate"] = birthDate });

    public Task<HttpResponseMessage> ConfirmAsync(bool agreed = true) =>
        SubmitAsync("/ho-so", "#confirm-form", agreed ? new Dictionary<string, string> { ["Agreed"] = "true" } : new Dictionary<string, string>());

    public void Dispose() => client.Dispose();
}
