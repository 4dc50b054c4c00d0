namespace AIntops.Domain.Common;

public static class Limits
{
    public const int EmailMaxLength = 254;
    public const int NameMaxLength = 200;
    public const int PasswordMinBytes = 8;
    public const int PasswordMaxBytes = 72;
    public const int HashMaxLength = 128;
    public const int ShortTextMaxLength = 64;
    public const int DetailMaxLength = 1000;
}
