using System.CommandLine;
using CourseKit.Data;

namespace CourseKit.Cli.Commands;

/// <summary><c>coursekit datasets</c>: lists the data available here (shipped and full) and, with <c>--verify</c>, checks every shipped
/// file against the manifest. Hidden maintainer subcommands regenerate the Fashion-MNIST subset and the manifest's hashes.</summary>
public static class DatasetsCommand
{
    public static Command Create()
    {
        var verify = new Option<bool>("--verify") { Description = "Check every shipped file's sha256 against datasets/manifest.json (and the full set's, when present); exit 1 naming any bad file." };
        var command = new Command("datasets", "List the datasets available here, with sizes; --verify checks them.") { verify };
        command.Subcommands.Add(MakeSubset());
        command.Subcommands.Add(UpdateManifest());
        command.SetAction(parse =>
        {
            try
            {
                return parse.GetValue(verify) ? Verify() : List();
            }
            catch (DatasetException e)
            {
                Console.Error.WriteLine($"datasets: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    static int List()
    {
        Console.WriteLine($"datasets folder: {DataRoot.Find()}");
        foreach (var group in DatasetCatalog.List().GroupBy(i => i.Kind))
        {
            Console.WriteLine();
            Console.WriteLine(group.Key == "shipped" ? "Shipped with the course:" : $"{group.Key} (not shipped; read when present):");
            foreach (var item in group)
                Console.WriteLine($"  {(item.Present ? "   " : "[missing] ")}{item.Path,-52} {item.Size / 1024.0,9:N1} KB  {item.Licence,-13} {item.Purpose}");
            Console.WriteLine($"  total {group.Where(i => i.Present).Sum(i => i.Size) / 1e6:0.00} MB present");
        }
        if (FashionMnist.FindFull() is null)
        {
            Console.WriteLine();
            Console.WriteLine(FashionMnist.HowToGetFull);
        }
        return 0;
    }

    static int Verify()
    {
        var manifest = Manifest.Current;
        var results = DatasetVerifier.VerifyAll(manifest).ToList();
        var full = FashionMnist.FindFull();
        if (full is not null)
            results.AddRange(manifest.External.Select(e => DatasetVerifier.Verify(Path.Combine(full, e.Path), e, useCache: false,
                DatasetVerifier.ExternalHint, acceptSameContent: true)));
        foreach (var r in results)
        {
            if (r.Ok) Console.WriteLine($"ok   {Path.GetRelativePath(Environment.CurrentDirectory, r.File)}");
            else Console.Error.WriteLine($"BAD  {r.Message}");
        }
        int bad = results.Count(r => !r.Ok);
        Console.WriteLine(bad == 0 ? $"datasets: all {results.Count} files match the manifest."
            : $"datasets: {bad} of {results.Count} files do not match the manifest: {string.Join(", ", results.Where(r => !r.Ok).Select(r => Path.GetFileName(r.File)))}.");
        return bad == 0 ? 0 : 1;
    }

    /// <summary>Regenerates the shipped Fashion-MNIST subset from the full set: a stratified, seeded sample per class, original order kept.</summary>
    static Command MakeSubset()
    {
        var source = new Option<string?>("--source") { Description = "Folder with the full set (default: COURSEKIT_DATA, then /usr/share/datasets/fashion-mnist)." };
        var output = new Option<string?>("--out") { Description = "Output folder (default: datasets/fashion-mnist)." };
        var trainPerClass = new Option<int>("--train-per-class") { DefaultValueFactory = _ => 1000 };
        var testPerClass = new Option<int>("--test-per-class") { DefaultValueFactory = _ => 200 };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 42 };
        var command = new Command("make-subset", "Maintainers: regenerate datasets/fashion-mnist from the full set.") { source, output, trainPerClass, testPerClass, seed };
        command.Hidden = true;
        command.SetAction(parse =>
        {
            var from = parse.GetValue(source) ?? FashionMnist.FindFull() ?? throw new DatasetException($"Full set not found. {FashionMnist.HowToGetFull}");
            var to = parse.GetValue(output) ?? Path.Combine(DataRoot.Find(), "fashion-mnist");
            Directory.CreateDirectory(to);
            foreach (var (split, perClass) in new[] { (Split.Train, parse.GetValue(trainPerClass)), (Split.Test, parse.GetValue(testPerClass)) })
            {
                var (imagesName, labelsName) = FashionMnist.FileNames(split);
                var (pixels, shape) = IdxFile.ReadBytes(Path.Combine(from, imagesName));
                var (labels, _) = IdxFile.ReadBytes(Path.Combine(from, labelsName));
                var chosen = Splits.StratifiedSample(labels.Select(l => (long)l).ToArray(), perClass, parse.GetValue(seed));
                int size = shape[1] * shape[2];
                var subPixels = new byte[chosen.Length * size];
                var subLabels = new byte[chosen.Length];
                for (int i = 0; i < chosen.Length; i++)
                {
                    Array.Copy(pixels, chosen[i] * size, subPixels, (long)i * size, size);
                    subLabels[i] = labels[chosen[i]];
                }
                IdxFile.Write(Path.Combine(to, imagesName), subPixels, [chosen.Length, shape[1], shape[2]]);
                IdxFile.Write(Path.Combine(to, labelsName), subLabels, [chosen.Length]);
                Console.WriteLine($"{split}: {chosen.Length:N0} of {labels.Length:N0} ({perClass} per class, seed {parse.GetValue(seed)}) -> {to}");
            }
            Console.WriteLine("Now run 'coursekit datasets update-manifest' to record the new sizes and hashes.");
            return 0;
        });
        return command;
    }

    /// <summary>Rewrites size and sha256 of every manifest entry from the files on disk (shipped files, and the full set when present).</summary>
    static Command UpdateManifest()
    {
        var command = new Command("update-manifest", "Maintainers: record the current size and sha256 of every file the manifest lists.") { Hidden = true };
        command.SetAction(_ =>
        {
            var manifest = Manifest.Current;
            var path = Path.Combine(manifest.Root, DataRoot.ManifestName);
            var full = FashionMnist.FindFull();
            ManifestEntry Refresh(ManifestEntry e, string file)
            {
                if (!File.Exists(file)) { Console.Error.WriteLine($"missing, left as is: {file}"); return e; }
                var updated = e with
                {
                    Size = new FileInfo(file).Length,
                    Sha256 = DatasetVerifier.Sha256Of(file),
                    ContentSha256 = file.EndsWith(".gz", StringComparison.Ordinal) ? DatasetVerifier.ContentSha256Of(file) : null,
                };
                if (updated != e) Console.WriteLine($"updated {e.Path}");
                return updated;
            }
            var updated = manifest with
            {
                Files = manifest.Files.Select(e => Refresh(e, manifest.FullPath(e))).ToList(),
                External = manifest.External.Select(e => full is null ? e : Refresh(e, Path.Combine(full, e.Path))).ToList(),
            };
            updated.Save(path);
            Console.WriteLine($"wrote {path}");
            return 0;
        });
        return command;
    }
}
