namespace AIntops.Domain.Organizations;

public enum Role
{
    Member = 0,
    Admin = 1,
    Owner = 2,
}
