using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AsnCompetency.Infrastructure.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the API.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ApplicationDbContext>
{
    public ApplicationDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Default")
            ?? "Host=127.0.0.1;Database=asncompetency_design;Username=postgres";
        var options = new DbContextOptionsBuilder<ApplicationDbContext>();
        DependencyInjection.ConfigureDbContext(options, connectionString);
        return new ApplicationDbContext(options.Options, new DesignTimeUser());
    }

    private sealed class DesignTimeUser : ICurrentUser
    {
        public bool IsSystem => true;

        public bool IsAuthenticated => false;

        public Guid? UserId => null;

        public UserRole? Role => null;

        public Guid? AgencyId => null;

        public Guid? EmployeeId => null;

        public bool IsApiClient => false;
    }
}
