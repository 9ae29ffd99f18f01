using CourseKit;
var info = Setup.Init();
foreach (var n in info.Native) Console.WriteLine($"{n.Status}: {n.File} {n.Message}");
var x = TorchSharp.torch.ones(2, 3);
Console.WriteLine((x * 2).sum().item<float>());
return 0;
