using System.Collections.Concurrent;
using System.Text.Json;
using Xunit.Abstractions;

namespace AIntops.UnitTests.Security;

/// <summary>Loads the JSON vector files copied to the test output folder (Vectors/**).</summary>
public static class TestVectors
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private static readonly ConcurrentDictionary<(string File, Type Type), object> Cache = new();

    public static IReadOnlyList<T> Load<T>(string file) =>
        (IReadOnlyList<T>)Cache.GetOrAdd((file, typeof(T)), key =>
            JsonSerializer.Deserialize<List<T>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vectors", key.File)), Options)
            ?? throw new InvalidDataException($"{key.File} holds no vectors."));

    /// <summary>One theory case per vector (optionally filtered), named by <paramref name="name"/>.</summary>
    public static TheoryData<TestVector<T>> Cases<T>(string file, Func<T, string> name, Func<T, bool>? where = null)
    {
        var cases = new TheoryData<TestVector<T>>();
        var vectors = Load<T>(file);
        for (var index = 0; index < vectors.Count; index++)
        {
            if (where?.Invoke(vectors[index]) ?? true)
                cases.Add(new TestVector<T>(file, index, name(vectors[index])));
        }
        return cases;
    }
}

/// <summary>A serializable reference to one vector, so that xunit lists every vector as its own test case.</summary>
public sealed class TestVector<T> : IXunitSerializable
{
    private string _file = "";
    private int _index;
    private string _name = "";

    public TestVector()
    {
    }

    public TestVector(string file, int index, string name) => (_file, _index, _name) = (file, index, name);

    public T Value => TestVectors.Load<T>(_file)[_index];

    public void Serialize(IXunitSerializationInfo info)
    {
        info.AddValue(nameof(_file), _file);
        info.AddValue(nameof(_index), _index);
        info.AddValue(nameof(_name), _name);
    }

    public void Deserialize(IXunitSerializationInfo info)
    {
        _file = info.GetValue<string>(nameof(_file));
        _index = info.GetValue<int>(nameof(_index));
        _name = info.GetValue<string>(nameof(_name));
    }

    public override string ToString() => _name;
}
