namespace CourseKit.Tests;

public class SetupTests
{
    public SetupTests() => Setup.Init(quiet: true);

    [Fact]
    public void Default_device_is_cpu_here() => Assert.Equal("cpu", Devices.Best().ToString());

    [Theory]
    [InlineData("cuda")]
    [InlineData("cuda:0")]
    public void Asking_for_cuda_without_a_gpu_is_a_clear_error(string spec)
    {
        if (TorchSharp.torch.cuda.is_available()) return; // a GPU machine: nothing to refuse
        var e = Assert.Throws<DeviceException>(() => Devices.Parse(spec));
        Assert.Contains("COURSEKIT_DEVICE", e.Message);
        Assert.Contains("CUDA is not available", e.Message);
    }

    [Fact]
    public void Nonsense_device_and_profile_are_refused()
    {
        Assert.Throws<DeviceException>(() => Devices.Parse("tpu"));
        var e = Assert.Throws<ArgumentException>(() => Profile.Parse("huge"));
        Assert.Contains("smoke", e.Message);
    }

    [Fact]
    public void Profile_picks_by_name()
    {
        Assert.Equal(2, Profile.Parse("smoke").Pick(2, 10));
        Assert.Equal(10, Profile.Parse("").Pick(2, 10));
    }
}
