using TorchSharp;

namespace Caaa.Learning.Tests.Torch;

public sealed class TorchRuntimeTests
{
    [Fact]
    public void NativeBackend_MatrixProduct_ComputesOnCpu()
    {
        using var a = torch.tensor(new float[] { 1, 2, 3, 4 }, [2, 2]);
        using var identity = torch.eye(2);

        using var product = a.matmul(identity);

        Assert.Equal(new float[] { 1, 2, 3, 4 }, product.data<float>().ToArray());
    }
}
