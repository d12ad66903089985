using Admissions.Web.Infrastructure;
using Admissions.Web.Pages.CanBo.InPhieu;

// Settings and static assets come from the build output, whatever the working directory of the process.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.WebHost.UseStaticWebAssets();

builder.AddAdmissionsOptions();
builder.Services.AddAdmissionsData();
builder.Services.AddAdmissionsSecurity();
builder.Services.AddParentSession(builder.Configuration, builder.Environment);
builder.Services.AddStaffSession(builder.Configuration, builder.Environment);
builder.Services.AddSlipPrinting();
builder.Services.AddStaffReporting();
builder.Services.AddAdmissionsRateLimits();
builder.Services.AddAdmissionsHealthChecks();
builder.Services.AddRazorPages().AddMvcOptions(options => options.Filters.Add<StaleFormFilter>());
builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new(System.Text.Unicode.UnicodeRanges.All));

var app = builder.Build();

app.UseServerTiming();
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
