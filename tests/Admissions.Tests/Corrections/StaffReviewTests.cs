using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Admissions.Domain.Staff;
using Admissions.Tests.Infrastructure;
using Dapper;
using static Admissions.Tests.Corrections.CorrectionTestSupport;

namespace Admissions.Tests.Corrections;

[Collection("web")]
public sealed class StaffReviewTests(SharedWebApp shared)
{
    private WebAppProcess App => shared.App;

    [Fact]
    public async Task Approve_UpdatesDossierAndStalesSlip()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync("Nguyễn Tên Sai");
        using var parent = await ParentAsync(App.BaseAddress, nationalId);
        await parent.ConfirmAsync();
        var slipUrl = await SlipUrlAsync(parent);
        var before = await ReadDossierAsync(dossierId);
        await RequestCorrectionAsync(parent, new Dictionary<string, string> { ["ho_ten"] = "Nguyễn Tên Đúng", ["ngay_sinh"] = "15/03/2021" }, [PngFile()]);
        var requestId = (await FindRequestIdAsync(dossierId))!.Value;
        var (school, accountId) = await SignedInStaffAsync(App.BaseAddress, StaffRole.School, TestPreschool);

        using var approval = await school.SubmitAsync($"/can-bo/dieu-chinh/{requestId}", "#approve-form", new Dictionary<string, string>());
        var approvalHtml = await approval.Content.ReadAsStringAsync();
        var after = await ReadDossierAsync(dossierId);
        using var anonymous = new ParentClient(App.BaseAddress);
        var verification = (await anonymous.GetDocumentAsync(new Uri(slipUrl).PathAndQuery)).Body!.TextContent;

        Assert.Equal(HttpStatusCode.OK, approval.StatusCode);
        Assert.Contains("Đã chấp thuận đề nghị và cập nhật hồ sơ", approvalHtml);
        Assert.Equal("Nguyễn Tên Đúng", after.FullName);
        Assert.Equal(new DateTime(2021, 3, 15), after.BirthDate);
        Assert.Equal(before.DataVersion + 1, after.DataVersion);
        Assert.Equal("changed_awaiting_confirmation", after.Status);
        Assert.NotEqual(before.ContentHash, after.ContentHash);
        Assert.Equal($"staff:{accountId}:correction_requested>changed_awaiting_confirmation", (await HistoryAsync(dossierId))[^1]);
        Assert.Contains("đã cũ", verification);
        Assert.Contains("review_correction", await AuditActionsAsync(accountId, dossierId));
    }

    [Fact]
    public async Task Approve_StoresValuesBeforeAndAfter()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = await ParentAsync(App.BaseAddress, nationalId);
        await RequestCorrectionAsync(parent, new Dictionary<string, string> { ["lop_mn"] = "Lá 3" }, [PngFile()]);
        var requestId = (await FindRequestIdAsync(dossierId))!.Value;
        var (school, accountId) = await SignedInStaffAsync(App.BaseAddress, StaffRole.School, TestPreschool);

        await school.SubmitAsync($"/can-bo/dieu-chinh/{requestId}", "#approve-form", new Dictionary<string, string> { ["ApprovalNote"] = "Đã đối chiếu sổ lớp." });
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        var stored = await connection.QuerySingleAsync<(string Status, long DecidedBy, string Before, string After, string Reason)>(
            "SELECT status, decided_by, values_before::text, values_after::text, decision_reason FROM correction_requests WHERE id = @Id",
            new { Id = requestId });

        Assert.Equal("approved", stored.Status);
        Assert.Equal(accountId, stored.DecidedBy);
        Assert.Equal("{\"lop_mn\": \"Lá 1\"}", stored.Before);
        Assert.Equal("{\"lop_mn\": \"Lá 3\"}", stored.After);
        Assert.Equal("Đã đối chiếu sổ lớp.", stored.Reason);
    }

    [Fact]
    public async Task Approve_ParentSeesNewDataAndConfirmsAgain()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = await ParentAsync(App.BaseAddress, nationalId);
        await parent.ConfirmAsync();
        await RequestCorrectionAsync(parent, new Dictionary<string, string> { ["noi_thuong_tru"] = "78 Đường Thường Trú, Phường Bến Thành" }, [PdfFile()]);
        var requestId = (await FindRequestIdAsync(dossierId))!.Value;
        var (school, _) = await SignedInStaffAsync(App.BaseAddress, StaffRole.School, TestPreschool);
        await school.SubmitAsync($"/can-bo/dieu-chinh/{requestId}", "#approve-form", new Dictionary<string, string>());

        var page = await parent.GetDocumentAsync("/ho-so");
        using var confirmation = await parent.ConfirmAsync();

        Assert.Contains("78 Đường Thường Trú, Phường Bến Thành", page.Body!.TextContent);
        Assert.Contains("xác nhận lại", page.QuerySelector("#correction-status")?.TextContent);
        Assert.NotNull(page.QuerySelector("#confirm-form"));
        Assert.Equal(HttpStatusCode.Found, confirmation.StatusCode);
        Assert.Equal("confirmed", await TestDossiers.StatusAsync(dossierId));
        Assert.Equal(2, await TestDossiers.CountConfirmationsAsync(dossierId));
    }

    [Fact]
    public async Task Reject_WithReason_RestoresStatus()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = await ParentAsync(App.BaseAddress, nationalId);
        await parent.ConfirmAsync();
        await RequestCorrectionAsync(parent, new Dictionary<string, string> { ["dan_toc"] = "Hoa" }, [PngFile()]);
        var requestId = (await FindRequestIdAsync(dossierId))!.Value;
        var (school, accountId) = await SignedInStaffAsync(App.BaseAddress, StaffRole.School, TestPreschool);
        const string Reason = "Ảnh giấy khai sinh bị mờ, không đọc được mục dân tộc.";

        using var rejection = await school.SubmitAsync($"/can-bo/dieu-chinh/{requestId}", "#reject-form", new Dictionary<string, string> { ["RejectionReason"] = Reason });
        var page = await parent.GetDocumentAsync("/ho-so");
        var dossier = await ReadDossierAsync(dossierId);

        Assert.Equal(HttpStatusCode.OK, rejection.StatusCode);
        Assert.Equal("confirmed", dossier.Status);
        Assert.Equal(1, dossier.DataVersion);
        Assert.Contains(Reason, page.QuerySelector("#correction-status")?.TextContent);
        Assert.NotNull(page.QuerySelector(".success"));
        Assert.Equal($"staff:{accountId}:correction_requested>confirmed", (await HistoryAsync(dossierId))[^1]);
    }

    [Fact]
    public async Task Reject_WithoutReason_ChangesNothing()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = await ParentAsync(App.BaseAddress, nationalId);
        await RequestCorrectionAsync(parent, new Dictionary<string, string> { ["ho_ten"] = "Nguyễn Văn Đúng" }, [PngFile()]);
        var requestId = (await FindRequestIdAsync(dossierId))!.Value;
        var (school, _) = await SignedInStaffAsync(App.BaseAddress, StaffRole.School, TestPreschool);

        using var rejection = await school.SubmitAsync($"/can-bo/dieu-chinh/{requestId}", "#reject-form", new Dictionary<string, string> { ["RejectionReason"] = "   " });
        var html = await rejection.Content.ReadAsStringAsync();

        Assert.Contains("Xin ghi lý do không chấp thuận", html);
        Assert.Equal("correction_requested", await TestDossiers.StatusAsync(dossierId));
    }

    [Fact]
    public async Task Decision_OnDecidedRequest_ChangesNothing()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = await ParentAsync(App.BaseAddress, nationalId);
        await RequestCorrectionAsync(parent, new Dictionary<string, string> { ["ho_ten"] = "Nguyễn Văn Đúng" }, [PngFile()]);
        var requestId = (await FindRequestIdAsync(dossierId))!.Value;
        var (school, _) = await SignedInStaffAsync(App.BaseAddress, StaffRole.School, TestPreschool);
        var openPage = await school.GetDocumentAsync($"/can-bo/dieu-chinh/{requestId}");
        var rejectForm = (IHtmlFormElement)openPage.QuerySelector("#reject-form")!;
        await school.SubmitAsync($"/can-bo/dieu-chinh/{requestId}", "#approve-form", new Dictionary<string, string>());
        var approved = await ReadDossierAsync(dossierId);

        using var lateRejection = await school.PostFormAsync(
            rejectForm, new Dictionary<string, string> { ["RejectionReason"] = "Quyết định muộn" }, $"/can-bo/dieu-chinh/{requestId}");
        var html = await lateRejection.Content.ReadAsStringAsync();
        var afterwards = await ReadDossierAsync(dossierId);

        Assert.Contains("đã được xử lý trước đó", html);
        Assert.Equal(approved.DataVersion, afterwards.DataVersion);
        Assert.Equal("changed_awaiting_confirmation", afterwards.Status);
        Assert.Equal(1, await CountHistoryToAsync(dossierId, "changed_awaiting_confirmation"));
    }

    [Fact]
    public async Task Approve_TwoConcurrentRequests_ApplyOnce()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = await ParentAsync(App.BaseAddress, nationalId);
        await RequestCorrectionAsync(parent, new Dictionary<string, string> { ["ho_ten"] = "Nguyễn Văn Đúng" }, [PngFile()]);
        var requestId = (await FindRequestIdAsync(dossierId))!.Value;
        var (school, _) = await SignedInStaffAsync(App.BaseAddress, StaffRole.School, TestPreschool);
        var page = await school.GetDocumentAsync($"/can-bo/dieu-chinh/{requestId}");
        var form = (IHtmlFormElement)page.QuerySelector("#approve-form")!;

        var responses = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(_ => school.PostFormAsync(form, new Dictionary<string, string>(), $"/can-bo/dieu-chinh/{requestId}")));
        var bodies = await Task.WhenAll(responses.Select(response => response.Content.ReadAsStringAsync()));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Single(bodies, body => body.Contains("Đã chấp thuận đề nghị và cập nhật hồ sơ"));
        Assert.Equal(2, (await ReadDossierAsync(dossierId)).DataVersion);
        Assert.Equal(1, await CountHistoryToAsync(dossierId, "changed_awaiting_confirmation"));
    }

    [Fact]
    public async Task OtherSchool_GetsNotFoundEverywhere()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = await ParentAsync(App.BaseAddress, nationalId);
        await RequestCorrectionAsync(parent, new Dictionary<string, string> { ["ho_ten"] = "Nguyễn Văn Đúng" }, [PngFile()]);
        var requestId = (await FindRequestIdAsync(dossierId))!.Value;
        var evidenceId = await FirstEvidenceIdAsync(requestId);
        var (other, _) = await SignedInStaffAsync(App.BaseAddress, StaffRole.School, OtherPreschool());

        var list = await other.GetDocumentAsync("/can-bo/dieu-chinh");
        using var detail = await other.GetAsync($"/can-bo/dieu-chinh/{requestId}");
        using var evidence = await other.GetAsync($"/can-bo/dieu-chinh/{requestId}?handler=Evidence&fileId={evidenceId}");
        var token = list.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using var approval = await other.SubmitRawAsync($"/can-bo/dieu-chinh/{requestId}?handler=Approve", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["DataVersion"] = "1",
        });

        Assert.Null(list.QuerySelector($"a[href='/can-bo/dieu-chinh/{requestId}']"));
        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, evidence.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, approval.StatusCode);
        Assert.Equal("correction_requested", await TestDossiers.StatusAsync(dossierId));
    }

    [Fact]
    public async Task Anonymous_IsRedirectedToSignIn()
    {
        using var anonymous = new ParentClient(App.BaseAddress);

        using var list = await anonymous.GetAsync("/can-bo/dieu-chinh");
        using var detail = await anonymous.GetAsync("/can-bo/dieu-chinh/1");
        using var evidence = await anonymous.GetAsync("/can-bo/dieu-chinh/1?handler=Evidence&fileId=1");

        Assert.Equal(HttpStatusCode.Found, list.StatusCode);
        Assert.Contains("/can-bo/dang-nhap", list.Headers.Location?.OriginalString);
        Assert.Contains("/can-bo/dang-nhap", detail.Headers.Location?.OriginalString);
        Assert.Contains("/can-bo/dang-nhap", evidence.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SchoolList_ShowsOpenRequestAndRecordsView()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync("Trần Chờ Duyệt");
        using var parent = await ParentAsync(App.BaseAddress, nationalId);
        await RequestCorrectionAsync(parent, new Dictionary<string, string> { ["ho_ten"] = "Trần Đã Duyệt" }, [PngFile()]);
        var requestId = (await FindRequestIdAsync(dossierId))!.Value;
        var (school, accountId) = await SignedInStaffAsync(App.BaseAddress, StaffRole.School, TestPreschool);

        var list = await school.GetDocumentAsync("/can-bo/dieu-chinh");
        var detail = await school.GetDocumentAsync($"/can-bo/dieu-chinh/{requestId}");
        var comparison = detail.QuerySelector("#correction-values")?.TextContent ?? "";

        Assert.NotNull(list.QuerySelector($"a[href='/can-bo/dieu-chinh/{requestId}']"));
        Assert.NotNull(detail.QuerySelector("nav.staff-nav"));
        Assert.Contains("Trần Chờ Duyệt", comparison);
        Assert.Contains("Trần Đã Duyệt", comparison);
        Assert.NotNull(detail.QuerySelector($"img[src*='handler=Evidence']"));
        Assert.Contains("view_dossier", await AuditActionsAsync(accountId, dossierId));
    }

    [Fact]
    public async Task WardAccount_SeesRequestOfResidentChild()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = await ParentAsync(App.BaseAddress, nationalId);
        await RequestCorrectionAsync(parent, new Dictionary<string, string> { ["sdt_cha"] = "0988 777 666" }, []);
        var requestId = (await FindRequestIdAsync(dossierId))!.Value;
        var (ward, _) = await SignedInStaffAsync(App.BaseAddress, StaffRole.Ward, TestWard);

        var list = await ward.GetDocumentAsync("/can-bo/dieu-chinh");
        var detail = await ward.GetDocumentAsync($"/can-bo/dieu-chinh/{requestId}");
        var comparison = detail.QuerySelector("#correction-values")?.TextContent ?? "";

        Assert.NotNull(list.QuerySelector($"a[href='/can-bo/dieu-chinh/{requestId}']"));
        Assert.Contains("0988***666", comparison);
        Assert.DoesNotContain("0988777666", comparison);
    }

    [Fact]
    public async Task WardAccount_SeesRequestOfSchoolLocatedThere()
    {
        // Two children of a new school reside in the school's ward, so the import's location rule agrees with the
        // preschools row written here. The child asking for a correction resides in another ward.
        var (schoolWard, otherWard) = await TwoOtherWardsAsync();
        var preschool = OtherPreschool();
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        foreach (var neighbour in new[] { await TestDossiers.CreateAsync(), await TestDossiers.CreateAsync() })
        {
            await MoveDossierAsync(neighbour.Id, preschool, schoolWard);
        }

        await MoveDossierAsync(dossierId, preschool, TestWard);
        await LocatePreschoolAsync(preschool, schoolWard);
        using var parent = await ParentAsync(App.BaseAddress, nationalId);
        await RequestCorrectionAsync(parent, new Dictionary<string, string> { ["sdt_me"] = "0977 111 222" }, []);
        var requestId = (await FindRequestIdAsync(dossierId))!.Value;
        var (locatedWard, _) = await SignedInStaffAsync(App.BaseAddress, StaffRole.Ward, schoolWard);
        var (unrelatedWard, _) = await SignedInStaffAsync(App.BaseAddress, StaffRole.Ward, otherWard);

        var list = await locatedWard.GetDocumentAsync("/can-bo/dieu-chinh");
        using var detail = await locatedWard.GetAsync($"/can-bo/dieu-chinh/{requestId}");
        using var unrelatedDetail = await unrelatedWard.GetAsync($"/can-bo/dieu-chinh/{requestId}");

        Assert.NotNull(list.QuerySelector($"a[href='/can-bo/dieu-chinh/{requestId}']"));
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unrelatedDetail.StatusCode);
    }

    [Fact]
    public async Task Evidence_IsServedWithDetectedTypeAndNosniff()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = await ParentAsync(App.BaseAddress, nationalId);
        await RequestCorrectionAsync(parent, new Dictionary<string, string> { ["ho_ten"] = "Nguyễn Văn Đúng" }, [PngFile(), PdfFile("ten-la.png")]);
        var requestId = (await FindRequestIdAsync(dossierId))!.Value;
        var (school, _) = await SignedInStaffAsync(App.BaseAddress, StaffRole.School, TestPreschool);
        var detail = await school.GetDocumentAsync($"/can-bo/dieu-chinh/{requestId}");
        var imageUrl = detail.QuerySelector("img[src*='handler=Evidence']")!.GetAttribute("src")!;
        var pdfUrl = detail.QuerySelector("a.button[href*='handler=Evidence']")!.GetAttribute("href")!;

        using var image = await school.GetAsync(imageUrl);
        using var pdf = await school.GetAsync(pdfUrl);

        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await image.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", string.Join("", image.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("inline", image.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", pdf.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".pdf", pdf.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    private static async Task<string> SlipUrlAsync(ParentClient parent)
    {
        var slip = await parent.GetDocumentAsync("/ho-so/phieu");
        return QrReader.DecodeDataUri(slip.QuerySelector(".slip-qr")!.GetAttribute("src")!)
            ?? throw new InvalidOperationException("The slip's QR code could not be decoded.");
    }

    /// <summary>Two ward codes other than the residence ward of the test dossiers.</summary>
    private static async Task<(string First, string Second)> TwoOtherWardsAsync()
    {
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        var codes = (await connection.QueryAsync<string>(
            "SELECT code FROM wards WHERE code <> @Ward ORDER BY code LIMIT 2", new { Ward = TestWard })).ToList();
        return (codes[0], codes[1]);
    }

    private static async Task MoveDossierAsync(long dossierId, string preschoolCode, string wardCode)
    {
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(
            "UPDATE dossiers SET preschool_code = @Preschool, ward_code = @Ward WHERE id = @Id",
            new { Id = dossierId, Preschool = preschoolCode, Ward = wardCode });
    }

    private static async Task LocatePreschoolAsync(string preschoolCode, string wardCode)
    {
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO preschools (code, name, ward_code) VALUES (@Code, 'Trường Mầm non Thử Vị Trí', @Ward)
            ON CONFLICT (code) DO UPDATE SET ward_code = excluded.ward_code
            """,
            new { Code = preschoolCode, Ward = wardCode });
    }

    private static async Task<long> FirstEvidenceIdAsync(long requestId)
    {
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT min(id) FROM correction_evidence WHERE request_id = @Id", new { Id = requestId });
    }

    private static async Task<int> CountHistoryToAsync(long dossierId, string toStatus)
    {
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM dossier_history WHERE dossier_id = @Id AND to_status = @ToStatus", new { Id = dossierId, ToStatus = toStatus });
    }
}
