using ChatOps.Core.Jobs;
using ChatOps.Core.Ledger;
using ChatOps.Core.Records;

namespace ChatOps.Core.Tests.Ledger;

public sealed class PortConventionTests
{
    public static TheoryData<Type> Ports => new() { typeof(ILedgerStore), typeof(IJobQueue), typeof(IWriteBackTarget) };

    [Theory]
    [MemberData(nameof(Ports))]
    public void AsyncPortMethods_EndWithAnOptionalCancellationToken(Type port)
    {
        var asyncMethods = port.GetMethods().Where(m => m.ReturnType.Name.StartsWith("Task", StringComparison.Ordinal) || m.ReturnType.Name.StartsWith("IAsyncEnumerable", StringComparison.Ordinal));

        Assert.All(asyncMethods, m =>
        {
            var last = m.GetParameters().LastOrDefault();
            Assert.True(last is { Name: "cancellationToken", HasDefaultValue: true } && last.ParameterType == typeof(CancellationToken), $"{port.Name}.{m.Name}");
        });
    }
}
