namespace Sozialinfo.Knowledge.Web.Reader.Views;

/// <summary>An event; IsPast means it is over and the page says so instead of offering registration.</summary>
public sealed record EventView(
    string Name,
    string? Lead,
    string BodyHtml,
    string When,
    string StartIso,
    string? Location,
    string Format,
    string? Price,
    string? Places,
    bool RegistrationOpen,
    bool IsPast,
    LinkView? Service) : ContentView(Name, Lead, BodyHtml);
