namespace Sozialinfo.Knowledge.Web.Tests.Delivery;

/// <summary>Keys of the seed tree (content-seed/README.md): stable across imports.</summary>
internal static class SeedKeys
{
    public static readonly Guid Home = Guid.Parse("d748fe6c-cd9e-438b-a356-c192b7e2ee40");
    public static readonly Guid Dossiers = Guid.Parse("5fd8f908-3a29-4e75-8331-db42de504e46");
    public static readonly Guid Datenschutz = Guid.Parse("fe5917ba-ea7a-49e2-ba4a-d6309391e92a");
    public static readonly Guid OnlineBeratung = Guid.Parse("1801a012-4c77-4ce1-b73e-eaa6f9adef6e");
    public static readonly Guid Angebote = Guid.Parse("b6288190-bef2-43ee-be2a-c01a8c784427");
    public static readonly Guid Workshops = Guid.Parse("7e4776ad-b328-4fd6-b910-8f0f699c23ea");
    public static readonly Guid DigitalCheck = Guid.Parse("41fd2dfd-309c-4e6d-a5bd-a53b9366fe5c");
    public static readonly Guid Veranstaltungen = Guid.Parse("4d45815e-b68b-436b-ae6d-c41b4a6253fb");

    /// <summary>Article "Das revidierte Datenschutzgesetz in der Sozialen Arbeit" below Datenschutz.</summary>
    public static readonly Guid RevDsgArticle = Guid.Parse("fe1163e1-7a56-43c4-a752-87af22e6fed6");

    /// <summary>Event "Workshop: Datenschutz im Sozialdienst praktisch umsetzen", picks the Workshops page.</summary>
    public static readonly Guid DatenschutzWorkshop = Guid.Parse("74a5311e-c93c-4928-b6b8-06b12c657c80");

    public const string RevDsgPath = "/dossiers/datenschutz/revdsg-in-der-sozialen-arbeit/";
}
