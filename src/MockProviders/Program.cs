using AIntops.MockProviders;

await MockProviderApp.Build(args).RunAsync();
