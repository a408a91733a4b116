namespace AsnCompetency.Domain.Common;

/// <summary>Column lengths shared by the database configuration and the request validators.</summary>
public static class FieldLengths
{
    public const int Code = 50;
    public const int Name = 300;
    public const int Description = 8000;
    public const int IndicatorText = 2000;
    public const int LanguageTag = 35;
    public const int UserName = 100;
    public const int Email = 254;
    public const int Region = 200;
    public const int Password = 200;
    public const int Title = 60;
    public const int Phone = 30;
    public const int Note = 500;
    public const int Url = 2000;
}
