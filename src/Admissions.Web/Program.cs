using Admissions.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddAdmissionsOptions();
builder.Services.AddAdmissionsData();
builder.Services.AddAdmissionsSecurity();
builder.Services.AddParentSession(builder.Configuration, builder.Environment);
builder.Services.AddAdmissionsRateLimits();
builder.Services.AddAdmissionsHealthChecks();
builder.Services.AddRazorPages();

var app = builder.Build();

app.UseExceptionHandler("/Error");
app.UseStatusCodePagesWithReExecute("/Error", "?statusCode={0}");
app.UseForwardedHeadersFromTrustedProxies();
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();

app.MapAdmissionsHealthChecks();
app.MapRazorPages();

app.Run();

/// <summary>Entry point, visible to tests.</summary>
public partial class Program;
