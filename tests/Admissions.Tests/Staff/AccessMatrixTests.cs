using System.Net;
using System.Globalization;
using Admissions.Domain.Staff;
using Admissions.Tests.Infrastructure;

namespace Admissions.Tests.Staff;

/// <summary>
/// Every staff report endpoint, called by each kind of account inside and outside its scope. Outside the scope the
/// response is the same 404 as for something that does not exist, and without a session it is a redirect to sign-in.
/// </summary>
[Collection("web")]
public sealed class AccessMatrixTests(SharedWebApp shared)
{
    public enum Endpoint
    {
        SchoolPage,
        SchoolExport,
        WardPage,
        CityPage,
        SchoolDossier,

        /// <summary>A dossier of school B whose child resides in ward A.</summary>
        ResidentDossier,
    }

    public enum Account
    {
        SchoolA,
        SchoolB,
        WardA,
        WardB,
        Department,
    }

    // School A is located in ward A and school B in ward B, because most of their children reside there.
    public static TheoryData<Endpoint, Account, HttpStatusCode> Cases => new()
    {
        { Endpoint.SchoolPage, Account.SchoolA, HttpStatusCode.OK },
        { Endpoint.SchoolPage, Account.SchoolB, HttpStatusCode.NotFound },
        { Endpoint.SchoolPage, Account.WardA, HttpStatusCode.OK },
        { Endpoint.SchoolPage, Account.WardB, HttpStatusCode.NotFound },
        { Endpoint.SchoolPage, Account.Department, HttpStatusCode.OK },
        { Endpoint.SchoolExport, Account.SchoolA, HttpStatusCode.OK },
        { Endpoint.SchoolExport, Account.SchoolB, HttpStatusCode.NotFound },
        { Endpoint.SchoolExport, Account.WardA, HttpStatusCode.OK },
        { Endpoint.SchoolExport, Account.WardB, HttpStatusCode.NotFound },
        { Endpoint.SchoolExport, Account.Department, HttpStatusCode.OK },
        { Endpoint.WardPage, Account.SchoolA, HttpStatusCode.NotFound },
        { Endpoint.WardPage, Account.SchoolB, HttpStatusCode.NotFound },
        { Endpoint.WardPage, Account.WardA, HttpStatusCode.OK },
        { Endpoint.WardPage, Account.WardB, HttpStatusCode.NotFound },
        { Endpoint.WardPage, Account.Department, HttpStatusCode.OK },
        { Endpoint.CityPage, Account.SchoolA, HttpStatusCode.NotFound },
        { Endpoint.CityPage, Account.SchoolB, HttpStatusCode.NotFound },
        { Endpoint.CityPage, Account.WardA, HttpStatusCode.NotFound },
        { Endpoint.CityPage, Account.WardB, HttpStatusCode.NotFound },
        { Endpoint.CityPage, Account.Department, HttpStatusCode.OK },
        { Endpoint.SchoolDossier, Account.SchoolA, HttpStatusCode.OK },
        { Endpoint.SchoolDossier, Account.SchoolB, HttpStatusCode.NotFound },
        { Endpoint.SchoolDossier, Account.WardA, HttpStatusCode.OK },
        { Endpoint.SchoolDossier, Account.WardB, HttpStatusCode.NotFound },
        { Endpoint.SchoolDossier, Account.Department, HttpStatusCode.OK },
        { Endpoint.ResidentDossier, Account.SchoolA, HttpStatusCode.NotFound },
        { Endpoint.ResidentDossier, Account.SchoolB, HttpStatusCode.OK },
        { Endpoint.ResidentDossier, Account.WardA, HttpStatusCode.OK },
        { Endpoint.ResidentDossier, Account.WardB, HttpStatusCode.OK },
        { Endpoint.ResidentDossier, Account.Department, HttpStatusCode.OK },
    };

    public static TheoryData<Endpoint> Endpoints => new(Enum.GetValues<Endpoint>());

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Endpoint_ForAccount_AnswersByScope(Endpoint endpoint, Account account, HttpStatusCode expected)
    {
        var world = await AccessWorld.CreateAsync();
        var (client, _) = await StaffClient.SignInAsync(shared.App.BaseAddress, world.Scope(account));
        using var _client = client;

        using var response = await client.GetAsync(world.Path(endpoint));

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_Anonymous_RedirectsToSignIn(Endpoint endpoint)
    {
        var world = await AccessWorld.CreateAsync();
        using var client = new ParentClient(shared.App.BaseAddress);

        using var response = await client.GetAsync(world.Path(endpoint));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith("/can-bo/dang-nhap", response.Headers.Location?.AbsolutePath ?? response.Headers.Location?.OriginalString);
    }

    /// <summary>Two schools in two wards, with a child of school B residing in ward A.</summary>
    private sealed record AccessWorld(string SchoolA, string SchoolB, string WardA, string WardB, long DossierA, long ResidentDossierB)
    {
        public static async Task<AccessWorld> CreateAsync()
        {
            var schoolA = ReportingTestData.NewSchoolCode();
            var schoolB = ReportingTestData.NewSchoolCode();
            var (wardA, wardB) = await ReportingTestData.TwoWardsAsync();

            var dossierA = await ReportingTestData.InsertAsync(schoolA, wardA, "looked_up", schoolName: "Trường Mầm non Quyền A");
            await ReportingTestData.InsertAsync(schoolA, wardA, "confirmed", schoolName: "Trường Mầm non Quyền A");
            await ReportingTestData.InsertAsync(schoolB, wardB, "looked_up", schoolName: "Trường Mầm non Quyền B");
            await ReportingTestData.InsertAsync(schoolB, wardB, "looked_up", schoolName: "Trường Mầm non Quyền B");
            var residentB = await ReportingTestData.InsertAsync(schoolB, wardA, "looked_up", schoolName: "Trường Mầm non Quyền B");
            await ReportingTestData.RefreshPreschoolsAsync();

            return new AccessWorld(schoolA, schoolB, wardA, wardB, dossierA, residentB);
        }

        public StaffScope Scope(Account account) => account switch
        {
            Account.SchoolA => new StaffScope(StaffRole.School, SchoolA),
            Account.SchoolB => new StaffScope(StaffRole.School, SchoolB),
            Account.WardA => new StaffScope(StaffRole.Ward, WardA),
            Account.WardB => new StaffScope(StaffRole.Ward, WardB),
            _ => new StaffScope(StaffRole.Department, null),
        };

        public string Path(Endpoint endpoint) => endpoint switch
        {
            Endpoint.SchoolPage => $"/can-bo/truong/{SchoolA}",
            Endpoint.SchoolExport => $"/can-bo/truong/{SchoolA}?handler=Export",
            Endpoint.WardPage => $"/can-bo/phuong/{WardA}",
            Endpoint.CityPage => "/can-bo/so",
            Endpoint.SchoolDossier => "/can-bo/ho-so/" + DossierA.ToString(CultureInfo.InvariantCulture),
            _ => "/can-bo/ho-so/" + ResidentDossierB.ToString(CultureInfo.InvariantCulture),
        };
    }
}
