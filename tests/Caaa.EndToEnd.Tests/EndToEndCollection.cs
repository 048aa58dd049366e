namespace Caaa.EndToEnd.Tests;

/// <summary>Every end-to-end test shares one stack, started once.</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<EndToEndStack>
{
    public const string Name = "end-to-end stack";
}
