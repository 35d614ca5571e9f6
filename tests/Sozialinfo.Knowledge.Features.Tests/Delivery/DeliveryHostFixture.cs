namespace Sozialinfo.Knowledge.Features.Tests.Delivery;

/// <summary>One default-configured <see cref="DeliveryTestHost"/> shared by a test class.</summary>
public sealed class DeliveryHostFixture : IAsyncLifetime
{
    private DeliveryTestHost? _host;

    public DeliveryTestHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public async ValueTask InitializeAsync() => _host = await DeliveryTestHost.StartAsync(null, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
