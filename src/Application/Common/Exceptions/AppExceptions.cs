namespace AIntops.Application.Common.Exceptions;

public sealed class NotFoundException(string message) : Exception(message);

public sealed class ConflictException(string message) : Exception(message);

public sealed class ForbiddenException(string message) : Exception(message);

public sealed class UnauthorizedException(string message) : Exception(message);

public sealed class LockedException(string message, TimeSpan retryAfter) : Exception(message)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}

public sealed class TooManyRequestsException(string message, TimeSpan retryAfter) : Exception(message)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}

public sealed class PayloadTooLargeException(string message) : Exception(message);

/// <summary>The provider refused the key the caller gave; maps to 400 with the <c>credentials</c> field named.</summary>
public sealed class CredentialsRefusedException(string message) : Exception(message)
{
    public const string Field = "credentials";
}

/// <summary>A service we depend on could not be reached or failed; maps to 502.</summary>
public sealed class BadGatewayException(string message) : Exception(message);
