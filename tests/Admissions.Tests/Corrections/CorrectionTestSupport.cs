using System.Text;
using Admissions.Data.Staff;
using Admissions.Domain.Staff;
using Admissions.Tests.Infrastructure;
using Dapper;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Admissions.Tests.Corrections;

/// <summary>Parents, staff accounts, evidence files and database reads shared by the correction tests.</summary>
public static class CorrectionTestSupport
{
    public const string BirthDate = "14/03/2021";

    /// <summary>The preschool of every dossier that <see cref="TestDossiers"/> creates.</summary>
    public const string TestPreschool = "MN-TEST-01";

    /// <summary>The residence ward of every dossier that <see cref="TestDossiers"/> creates.</summary>
    public const string TestWard = "70101063";

    private const string StaffPassword = "mat-khau-thu-nghiem-01";

    public static byte[] Png { get; } = CreatePng();

    public static byte[] Pdf { get; } = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static UploadFile PngFile(string name = "giay-khai-sinh.png") => new("Evidence", name, "image/png", Png);

    public static UploadFile PdfFile(string name = "vneid-cu-tru.pdf") => new("Evidence", name, "application/pdf", Pdf);

    /// <summary>A parent signed in to the dossier's page after a lookup.</summary>
    public static async Task<ParentClient> ParentAsync(Uri baseAddress, string nationalId)
    {
        var parent = new ParentClient(baseAddress);
        await parent.LookupAsync(nationalId, BirthDate);
        return parent;
    }

    /// <summary>Submits the correction form with the given field keys and values and files.</summary>
    public static Task<HttpResponseMessage> RequestCorrectionAsync(
        ParentClient parent, IReadOnlyDictionary<string, string> values, IReadOnlyList<UploadFile> files, string? note = null)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var (key, value) in values)
        {
            fields.Add(new("Fields", key));
            fields.Add(new($"Values[{key}]", value));
        }

        if (note is not null)
        {
            fields.Add(new("Note", note));
        }

        return parent.SubmitMultipartAsync("/ho-so/dieu-chinh", "#correction-form", fields, files);
    }

    /// <summary>Creates a staff account with a unique username and signs it in through the sign-in form.</summary>
    public static async Task<(ParentClient Client, long AccountId)> SignedInStaffAsync(Uri baseAddress, StaffRole role, string? scopeCode)
    {
        var username = "dc-" + Guid.NewGuid().ToString("N")[..16];
        var accounts = new StaffAccountRepository(TestEnvironment.DataSource);
        await accounts.CreateAsync(username, StaffPasswords.Hash(StaffPassword), new StaffScope(role, scopeCode), "Cán bộ thử nghiệm", CancellationToken.None);
        var account = await accounts.FindByUsernameAsync(username, CancellationToken.None)
            ?? throw new InvalidOperationException("The staff account was not created.");

        var client = new ParentClient(baseAddress);
        using var response = await client.SubmitAsync("/can-bo/dang-nhap", "form", new Dictionary<string, string>
        {
            ["Username"] = username,
            ["Password"] = StaffPassword,
        });
        if (response.StatusCode != System.Net.HttpStatusCode.Found)
        {
            throw new InvalidOperationException($"Staff sign-in returned {response.StatusCode}.");
        }

        return (client, account.Id);
    }

    /// <summary>A preschool code that no dossier uses, for an account of another school.</summary>
    public static string OtherPreschool() => "MN-KHAC-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    public static async Task<long?> FindRequestIdAsync(long dossierId)
    {
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long?>(
            "SELECT max(id) FROM correction_requests WHERE dossier_id = @Id", new { Id = dossierId });
    }

    public static async Task<int> CountRequestsAsync(long dossierId)
    {
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM correction_requests WHERE dossier_id = @Id", new { Id = dossierId });
    }

    public static async Task<int> CountEvidenceAsync(long dossierId)
    {
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM correction_evidence e JOIN correction_requests r ON r.id = e.request_id WHERE r.dossier_id = @Id",
            new { Id = dossierId });
    }

    public static async Task<StoredDossier> ReadDossierAsync(long dossierId)
    {
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<StoredDossier>(
            "SELECT full_name AS FullName, birth_date AS BirthDate, status, data_version AS DataVersion, content_hash AS ContentHash FROM dossiers WHERE id = @Id",
            new { Id = dossierId });
    }

    /// <summary>The dossier's history as <c>actor:from>to</c>, oldest first.</summary>
    public static async Task<List<string>> HistoryAsync(long dossierId)
    {
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<string>(
            "SELECT actor || ':' || coalesce(from_status, '') || '>' || to_status FROM dossier_history WHERE dossier_id = @Id ORDER BY id",
            new { Id = dossierId });
        return rows.AsList();
    }

    public static async Task<List<string>> AuditActionsAsync(long accountId, long dossierId)
    {
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<string>(
            "SELECT action FROM staff_audit WHERE account_id = @AccountId AND dossier_id = @DossierId ORDER BY id",
            new { AccountId = accountId, DossierId = dossierId });
        return rows.AsList();
    }

    private static byte[] CreatePng()
    {
        using var image = new Image<Rgba32>(8, 8, new Rgba32(30, 90, 160));
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }

    public sealed record StoredDossier
    {
        public string FullName { get; init; } = "";

        public DateTime BirthDate { get; init; }

        public string Status { get; init; } = "";

        public int DataVersion { get; init; }

        public byte[] ContentHash { get; init; } = [];
    }
}
