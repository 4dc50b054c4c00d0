using AIntops.Application.Ingest;

namespace AIntops.Infrastructure.Ingest;

/// <summary>
/// Counts the events waiting for the writer, in all and per organization. A request that would pass the
/// organization's share gets <see cref="IngestOrganizationBusyException"/> (unless the organization has
/// nothing queued, so a batch larger than the share still goes through alone); one that would pass the
/// total gets <see cref="IngestOverloadedException"/>.
/// </summary>
internal sealed class QueuedEvents(int capacity, int perOrganization)
{
    private readonly Dictionary<Guid, int> _byOrganization = new();
    private int _total;

    public void Take(Guid organizationId, int events)
    {
        lock (_byOrganization)
        {
            var queued = _byOrganization.GetValueOrDefault(organizationId);
            if (queued > 0 && queued + events > perOrganization) throw new IngestOrganizationBusyException();
            if (_total > 0 && _total + events > capacity) throw new IngestOverloadedException();
            _byOrganization[organizationId] = queued + events;
            _total += events;
        }
    }

    public void Release(Guid organizationId, int events)
    {
        lock (_byOrganization)
        {
            var left = _byOrganization[organizationId] - events;
            if (left == 0) _byOrganization.Remove(organizationId);
            else _byOrganization[organizationId] = left;
            _total -= events;
        }
    }
}
