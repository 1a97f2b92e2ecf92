using System.Reflection;
using Approvals.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Tests.Architecture;

/// <summary>
/// An interactive component lives as long as its circuit, and so does every scoped service it injects: a service that
/// holds a DbContext would keep one (and its stale rows) open for the whole visit. Pages reach the database through
/// <c>ScopedWork</c>, one scope per action. Static server-rendered pages (the account forms) live for one request.
/// </summary>
public sealed class ComponentInjectionTests
{
    [Fact]
    public void No_interactive_component_injects_a_service_that_holds_a_DbContext()
    {
        using var host = new RegistrationsFactory();
        _ = host.Services;
        var registrations = host.Registered!;

        var offending = typeof(Program).Assembly.GetTypes()
            .Where(type => typeof(IComponent).IsAssignableFrom(type) && !type.IsAbstract)
            .Where(type => type.GetCustomAttribute<ExcludeFromInteractiveRoutingAttribute>() is null)
            .SelectMany(type => Injected(type).Where(service => HoldsDbContext(service, registrations, [])).Select(service => $"{type.Name} injects {service.Name}"))
            .ToList();

        Assert.Empty(offending);
    }

    private static IEnumerable<Type> Injected(Type component) =>
        component.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(property => property.GetCustomAttribute<InjectAttribute>() is not null)
            .Select(property => property.PropertyType);

    private static bool HoldsDbContext(Type service, IServiceCollection registrations, HashSet<Type> seen)
    {
        if (typeof(DbContext).IsAssignableFrom(service))
            return true;
        if (!seen.Add(service))
            return false;
        return Implementations(service, registrations)
            .SelectMany(implementation => implementation.GetConstructors().SelectMany(c => c.GetParameters()))
            .Any(parameter => HoldsDbContext(parameter.ParameterType, registrations, seen));
    }

    private static IEnumerable<Type> Implementations(Type service, IServiceCollection registrations)
    {
        foreach (var descriptor in registrations.Where(d => !d.IsKeyedService && d.Lifetime != ServiceLifetime.Singleton))
        {
            if (descriptor.ServiceType == service && descriptor.ImplementationType is { } implementation)
                yield return implementation;
            else if (service.IsConstructedGenericType && descriptor.ServiceType == service.GetGenericTypeDefinition()
                && descriptor.ImplementationType is { IsGenericTypeDefinition: true } open)
                yield return open.MakeGenericType(service.GetGenericArguments());
        }
    }

    private sealed class RegistrationsFactory : ApiFactory
    {
        public IServiceCollection? Registered { get; private set; }

        protected override void ConfigureTestServices(IServiceCollection services) => Registered = services;
    }
}
