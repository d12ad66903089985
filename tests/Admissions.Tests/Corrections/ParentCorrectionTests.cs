using System.Net;
using System.Security.Cryptography;
using System.Text;
using Admissions.Tests.Infrastructure;
using Dapper;
using static Admissions.Tests.Corrections.CorrectionTestSupport;

namespace Admissions.Tests.Corrections;

[Collection("web")]
public sealed class ParentCorrectionTests(SharedWebApp shared)
{
    private WebAppProcess App => shared.App;

    [Fact]
    public async Task Request_PngAndPdf_IsStored()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = await ParentAsync(App.BaseAddress, nationalId);

        using var response = await RequestCorrectionAsync(
            parent,
            new Dictionary<string, string> { ["ho_ten"] = "Nguyễn  Văn   Đúng", ["sdt_me"] = "+84 912 000 111" },
            [PngFile(), PdfFile()],
            note: "Giấy khai sinh ghi tên khác.");
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        var request = await connection.QuerySingleAsync<(string Status, string PreviousStatus, string Proposed, string Note)>(
            "SELECT status, previous_status, proposed::text, note FROM correction_requests WHERE dossier_id = @Id", new { Id = dossierId });
        var evidence = (await connection.QueryAsync<(string ContentType, int SizeBytes, byte[] Sha256, string FileName)>(
            "SELECT e.content_type, e.size_bytes, e.sha256, e.file_name FROM correction_evidence e JOIN correction_requests r ON r.id = e.request_id WHERE r.dossier_id = @Id ORDER BY e.position",
            new { Id = dossierId })).ToList();

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/ho-so", response.Headers.Location?.OriginalString);
        Assert.Equal("open", request.Status);
        Assert.Equal("looked_up", request.PreviousStatus);
        Assert.Contains("\"ho_ten\": \"Nguyễn Văn Đúng\"", request.Proposed);
        Assert.Contains("\"sdt_me\": \"0912000111\"", request.Proposed);
        Assert.Equal("Giấy khai sinh ghi tên khác.", request.Note);
        Assert.Equal(["image/png", "application/pdf"], evidence.Select(file => file.ContentType));
        Assert.Equal(Png.Length, evidence[0].SizeBytes);
        Assert.Equal(SHA256.HashData(Pdf), evidence[1].Sha256);
        Assert.Equal("giay-khai-sinh.png", evidence[0].FileName);
        Assert.Equal("correction_requested", await TestDossiers.StatusAsync(dossierId));
        Assert.Equal("parent:looked_up>correction_requested", (await HistoryAsync(dossierId))[^1]);
    }

    [Fact]
    public async Task DossierPage_AfterRequest_ShowsPending()
    {
        var (_, nationalId) = await TestDossiers.CreateAsync();
        using var parent = await ParentAsync(App.BaseAddress, nationalId);
        var before = await parent.GetDocumentAsync("/ho-so");

        await RequestCorrectionAsync(parent, new Dictionary<string, string> { ["noi_o_hien_tai"] = "45 Đường Mới, Phường Sài Gòn" }, [PngFile()]);
        var after = await parent.GetDocumentAsync("/ho-so");
        var form = await parent.GetDocumentAsync("/ho-so/dieu-chinh");

        Assert.NotNull(before.QuerySelector("a[href='/ho-so/dieu-chinh']"));
        Assert.Contains("đang chờ nhà trường xử lý", after.QuerySelector("#correction-status")?.TextContent);
        Assert.Null(after.QuerySelector("#confirm-form"));
        Assert.Null(after.QuerySelector("a[href='/ho-so/dieu-chinh']"));
        Assert.Null(form.QuerySelector("#correction-form"));
        Assert.Contains("chỉ có một đề nghị", form.Body!.TextContent);
    }

    [Fact]
    public async Task Request_TextNamedJpg_IsRejected()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = await ParentAsync(App.BaseAddress, nationalId);
        var textFile = new UploadFile("Evidence", "anh-giay-khai-sinh.jpg", "image/jpeg", Encoding.UTF8.GetBytes("Đây là một tệp văn bản, không phải ảnh."));

        using var response = await RequestCorrectionAsync(parent, new Dictionary<string, string> { ["ho_ten"] = "Nguyễn Văn Đúng" }, [textFile]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tệp “anh-giay-khai-sinh.jpg” không phải là ảnh JPEG, ảnh PNG hoặc tệp PDF", html);
        Assert.Equal(0, await CountRequestsAsync(dossierId));
        Assert.Equal(0, await CountEvidenceAsync(dossierId));
        Assert.Equal("looked_up", await TestDossiers.StatusAsync(dossierId));
    }

    [Fact]
    public async Task Request_SixFiles_IsRejected()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = await ParentAsync(App.BaseAddress, nationalId);
        var files = Enumerable.Range(1, 6).Select(i => PngFile($"anh-{i}.png")).ToList();

        using var response = await RequestCorrectionAsync(parent, new Dictionary<string, string> { ["ho_ten"] = "Nguyễn Văn Đúng" }, files);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Chỉ được đính kèm tối đa 5 tệp, nhưng đã chọn 6 tệp.", html);
        Assert.Equal(0, await CountRequestsAsync(dossierId));
        Assert.Equal("looked_up", await TestDossiers.StatusAsync(dossierId));
    }

    [Fact]
    public async Task Request_FileOverFiveMegabytes_IsRejected()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = await ParentAsync(App.BaseAddress, nationalId);
        var large = new byte[5 * 1024 * 1024 + 1];
        Png.CopyTo(large, 0);

        using var response = await RequestCorrectionAsync(
            parent, new Dictionary<string, string> { ["ho_ten"] = "Nguyễn Văn Đúng" }, [new UploadFile("Evidence", "anh-lon.png", "image/png", large)]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tệp “anh-lon.png” lớn hơn 5 MB", html);
        Assert.Equal(0, await CountRequestsAsync(dossierId));
        Assert.Equal("looked_up", await TestDossiers.StatusAsync(dossierId));
    }

    [Fact]
    public async Task Request_FiveFilesOfFiveMegabytes_IsStored()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = await ParentAsync(App.BaseAddress, nationalId);
        var largest = new byte[5 * 1024 * 1024];
        Pdf.CopyTo(largest, 0);
        var files = Enumerable.Range(1, 5).Select(i => new UploadFile("Evidence", $"trang-{i}.pdf", "application/pdf", largest)).ToList();

        using var response = await RequestCorrectionAsync(parent, new Dictionary<string, string> { ["ho_ten"] = "Nguyễn Văn Đúng" }, files);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(5, await CountEvidenceAsync(dossierId));
    }

    [Fact]
    public async Task Request_BodyOverLimit_IsCutOff()
    {
        // 28.2 MB: under Kestrel's default limit of 30,000,000 bytes, over the page's 26 MiB.
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = await ParentAsync(App.BaseAddress, nationalId);
        var content = new byte[4_700_000];
        Png.CopyTo(content, 0);
        var files = Enumerable.Range(1, 6).Select(i => new UploadFile("Evidence", $"anh-{i}.png", "image/png", content)).ToList();

        HttpStatusCode? status = null;
        try
        {
            using var response = await RequestCorrectionAsync(parent, new Dictionary<string, string> { ["ho_ten"] = "Nguyễn Văn Đúng" }, files);
            status = response.StatusCode;
        }
        catch (HttpRequestException)
        {
            // The server closed the connection while the body was still being sent, as it does for browsers.
        }

        Assert.True(status is null or HttpStatusCode.RequestEntityTooLarge, $"Unexpected status {status}.");
        Assert.Equal(0, await CountRequestsAsync(dossierId));
    }

    [Fact]
    public async Task Request_InvalidDate_IsRejected()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = await ParentAsync(App.BaseAddress, nationalId);

        using var response = await RequestCorrectionAsync(parent, new Dictionary<string, string> { ["ngay_sinh"] = "31/02/2021" }, [PngFile()]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ngày sinh đề nghị không hợp lệ.", html);
        Assert.Equal(0, await CountRequestsAsync(dossierId));
        Assert.Equal("looked_up", await TestDossiers.StatusAsync(dossierId));
    }

    [Theory]
    [InlineData("ho_ten", "Nguyễn Văn 2", "chỉ được gồm chữ cái và khoảng trắng")]
    [InlineData("sdt_cha", "0123", "không phải là số điện thoại Việt Nam hợp lệ")]
    [InlineData("nam_sinh_me", "2019", "cần ghi đủ bốn chữ số")]
    [InlineData("ngay_sinh", "14/03/2023", "không thuộc độ tuổi vào lớp 1")]
    [InlineData("gioi_tinh", "Nam", "giống với thông tin hiện có")]
    [InlineData("noi_o_hien_tai", "  ", "Xin ghi giá trị đúng")]
    public async Task Request_InvalidValue_IsRejectedWithMessage(string key, string value, string expectedMessage)
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = await ParentAsync(App.BaseAddress, nationalId);

        using var response = await RequestCorrectionAsync(parent, new Dictionary<string, string> { [key] = value }, [PngFile()]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains(expectedMessage, html);
        Assert.Equal(0, await CountRequestsAsync(dossierId));
    }

    [Fact]
    public async Task Request_WithoutEvidence_IsRejectedUnlessOnlyPhones()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = await ParentAsync(App.BaseAddress, nationalId);

        using var withoutEvidence = await RequestCorrectionAsync(parent, new Dictionary<string, string> { ["ho_ten"] = "Nguyễn Văn Đúng" }, []);
        var html = await withoutEvidence.Content.ReadAsStringAsync();
        var storedAfterName = await CountRequestsAsync(dossierId);
        using var phoneOnly = await RequestCorrectionAsync(parent, new Dictionary<string, string> { ["sdt_cha"] = "0988 777 666" }, []);

        Assert.Contains("Xin đính kèm ít nhất một tệp minh chứng", html);
        Assert.Equal(0, storedAfterName);
        Assert.Equal(HttpStatusCode.Found, phoneOnly.StatusCode);
        Assert.Equal(1, await CountRequestsAsync(dossierId));
    }

    [Fact]
    public async Task Request_NoFieldChosen_IsRejected()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = await ParentAsync(App.BaseAddress, nationalId);

        using var response = await RequestCorrectionAsync(parent, new Dictionary<string, string>(), [PngFile()]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("Xin đánh dấu ít nhất một thông tin cần điều chỉnh", html);
        Assert.Equal(0, await CountRequestsAsync(dossierId));
    }

    [Fact]
    public async Task Request_AwaitingReconfirmation_IsNotOffered()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = await ParentAsync(App.BaseAddress, nationalId);
        await parent.ConfirmAsync();
        await TestDossiers.ChangeDataAsync(dossierId);

        var form = await parent.GetDocumentAsync("/ho-so/dieu-chinh");

        Assert.Equal("changed_awaiting_confirmation", await TestDossiers.StatusAsync(dossierId));
        Assert.Null(form.QuerySelector("#correction-form"));
        Assert.Contains("“Đã tra cứu, chưa xác nhận” hoặc “Đã xác nhận”", form.Body!.TextContent);
    }

    [Fact]
    public async Task Request_FromConfirmedDossier_KeepsPreviousStatus()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = await ParentAsync(App.BaseAddress, nationalId);
        await parent.ConfirmAsync();

        using var response = await RequestCorrectionAsync(parent, new Dictionary<string, string> { ["que_quan"] = "Xã An Bình, Tỉnh Đồng Nai" }, [PdfFile()]);
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        var previous = await connection.ExecuteScalarAsync<string>(
            "SELECT previous_status FROM correction_requests WHERE dossier_id = @Id", new { Id = dossierId });

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("confirmed", previous);
        Assert.Equal("parent:confirmed>correction_requested", (await HistoryAsync(dossierId))[^1]);
    }

    [Fact]
    public async Task RequestPage_WithoutParentSession_RedirectsToLookup()
    {
        using var anonymous = new ParentClient(App.BaseAddress);

        using var response = await anonymous.GetAsync("/ho-so/dieu-chinh");
        var location = response.Headers.Location;

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.NotNull(location);
        Assert.Equal("/", location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0]);
    }
}
