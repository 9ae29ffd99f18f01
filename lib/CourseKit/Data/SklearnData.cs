using static TorchSharp.torch;

namespace CourseKit.Data;

/// <summary>Reads scikit-learn's bundled CSV files (shipped under datasets/sklearn): a first line "rows,features,class names...",
/// then one example a line with the class index last. Features stay in their original units unless a scale is given.</summary>
internal static class SklearnData
{
    public static TensorDataset Load(string relativePath, string name, IReadOnlyList<string> featureNames, IReadOnlyList<string>? classNames,
        float scale, bool hasHeader, string scaling)
    {
        var path = DatasetVerifier.Require(relativePath);
        var rows = CsvFile.ReadRows(path);
        int first = hasHeader ? 1 : 0;
        int width = featureNames.Count + 1;
        if (hasHeader)
        {
            var header = rows[0];
            if (header.Length < 2 || !int.TryParse(header[0], out var n) || !int.TryParse(header[1], out var f) || n != rows.Count - 1 || f != featureNames.Count)
                throw new DatasetException($"{path}: header '{string.Join(",", header)}' does not describe {rows.Count - 1} rows of {featureNames.Count} features.");
            classNames ??= header.Skip(2).ToArray();
        }
        var values = CsvFile.ParseNumbers(rows, path, first, width);
        int count = rows.Count - first, features = featureNames.Count;
        var x = new float[count * features];
        var y = new long[count];
        for (int r = 0; r < count; r++)
        {
            for (int c = 0; c < features; c++) x[r * features + c] = values[r * width + c] * scale;
            y[r] = (long)values[r * width + features];
            if (y[r] < 0 || y[r] >= classNames!.Count)
                throw new DatasetException($"{path}, line {r + first + 1}: class {y[r]} is not one of 0..{classNames!.Count - 1}.");
        }
        return new TensorDataset(tensor(x, [count, features]), tensor(y, [count]), classNames!, name,
            $"datasets/{relativePath} (scikit-learn 1.2.1, BSD-3-Clause; {scaling})", featureNames);
    }
}
