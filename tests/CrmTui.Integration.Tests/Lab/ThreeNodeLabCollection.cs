namespace CrmTui.Integration.Tests.Lab;

/// <summary>
/// Test classes that need the three-node cluster join this collection with
/// <c>[Collection(ThreeNodeLabCollection.Name)]</c> and take <see cref="ThreeNodeLab"/> in their
/// constructor: the lab starts once per test run and the collection's tests run one at a time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ThreeNodeLabCollection : ICollectionFixture<ThreeNodeLab>
{
    public const string Name = "three-node-lab";
}
