namespace CrmTui.Integration.Tests.Lab;

/// <summary>
/// Every test class that needs the real cluster joins this collection with
/// <c>[Collection(LabCollection.Name)]</c> and takes <see cref="SingleNodeLab"/> in its
/// constructor: the lab starts once per test run and the collection's tests run one at a time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class LabCollection : ICollectionFixture<SingleNodeLab>
{
    public const string Name = "lab";
}
