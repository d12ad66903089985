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

    /// <summary>
    /// Submits the form found by <paramref name="formSelector"/> on the page at <paramref name="path"/> as
    /// multipart/form-data, the way a browser uploads files: the form's hidden inputs (unless <paramref name="fields"/>
    /// sets the same name), then the fields in order (a name may repeat), then the files.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitMultipartAsync(
        string path, string formSelector, IReadOnlyList<KeyValuePair<string, string>> fields, IReadOnlyList<UploadFile> files)
    {
        var document = await GetDocumentAsync(path);
        var form = document.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {path}.");

        using var content = new MultipartFormDataContent();
        var fieldNames = fields.Select(field => field.Key).ToHashSet();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]"))
        {
            if (!fieldNames.Contains(input.Name!))
            {
                content.Add(new StringContent(input.Value), input.Name!);
            }
        }

        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(file.ContentType);
            content.Add(part, file.FieldName, file.FileName);
        }

        var action = form.GetAttribute("action");
        return await client.PostAsync(string.IsNullOrEmpty(action) ? path : action, content);
    }

    public Task<HttpResponseMessage> LookupAsync(string personalId, string birthDate) =>
        SubmitAsync("/", "form", new Dictionary<string, string> { ["PersonalId"] = personalId, ["BirthDate"] = birthDate });

    public Task<HttpResponseMessage> ConfirmAsync(bool agreed = true) =>
        SubmitAsync("/ho-so", "#confirm-form", agreed ? new Dictionary<string, string> { ["Agreed"] = "true" } : new Dictionary<string, string>());

    public void Dispose() => client.Dispose();
}

/// <summary>A file a test uploads: the form field, the name and Content-Type the browser sends, and the bytes.</summary>
public sealed record UploadFile(string FieldName, string FileName, string ContentType, byte[] Content);
