namespace AIntops.Domain.Providers;

public enum ProviderSyncStatus { Pending, Syncing, Ok, Error, KeyRefused }
