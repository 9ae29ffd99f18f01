using System.Globalization;
using System.IO.Compression;
using System.Text;
using Microsoft.Data.Analysis;

namespace CourseKit.Data;

/// <summary>Reads comma-separated files (gzip-compressed when the name ends in <c>.gz</c>): as rows of strings, as a numeric matrix,
/// or as a <see cref="DataFrame"/> where a table is the natural result.</summary>
public static class CsvFile
{
    /// <summary>Every line split into fields; double quotes around a field protect commas and "" stands for a quote.</summary>
    public static List<string[]> ReadRows(string path)
    {
        var rows = new List<string[]>();
        try
        {
            using var reader = OpenText(path);
            string? line;
            while ((line = reader.ReadLine()) is not null)
                if (line.Length > 0) rows.Add(SplitLine(line));
        }
        catch (InvalidDataException e)
        {
            throw new DatasetException($"{path} is damaged: its gzip data is corrupt ({e.Message}).", e);
        }
        return rows;
    }

    /// <summary>Parses rows of numbers (invariant culture) into one row-major array; a bad cell is an error naming file, row and column.</summary>
    public static float[] ParseNumbers(IReadOnlyList<string[]> rows, string path, int firstRow, int width)
    {
        var values = new float[(rows.Count - firstRow) * width];
        for (int r = firstRow; r < rows.Count; r++)
        {
            if (rows[r].Length != width)
                throw new DatasetException($"{path}, line {r + 1}: {rows[r].Length} fields, expected {width}.");
            for (int c = 0; c < width; c++)
                if (!float.TryParse(rows[r][c], NumberStyles.Float, CultureInfo.InvariantCulture, out values[(r - firstRow) * width + c]))
                    throw new DatasetException($"{path}, line {r + 1}, column {c + 1}: '{rows[r][c]}' is not a number.");
        }
        return values;
    }

    /// <summary>Reads a CSV with a header row into a DataFrame: numeric columns become float columns, the rest strings.</summary>
    public static DataFrame ReadDataFrame(string path)
    {
        var rows = ReadRows(path);
        if (rows.Count == 0) throw new DatasetException($"{path} is empty.");
        var header = rows[0];
        var columns = new List<DataFrameColumn>();
        for (int c = 0; c < header.Length; c++)
        {
            var cells = rows.Skip(1).Select(r => c < r.Length ? r[c] : "").ToList();
            if (cells.All(s => float.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
                columns.Add(new SingleDataFrameColumn(header[c], cells.Select(s => float.Parse(s, CultureInfo.InvariantCulture))));
            else
                columns.Add(new StringDataFrameColumn(header[c], cells));
        }
        return new DataFrame(columns);
    }

    static TextReader OpenText(string path)
    {
        if (!File.Exists(path)) throw new DatasetException($"{path} does not exist.");
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) stream = new GZipStream(stream, CompressionMode.Decompress);
        return new StreamReader(stream, Encoding.UTF8);
    }

    internal static string[] SplitLine(string line)
    {
        if (!line.Contains('"')) return line.Split(',');
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else field.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(ch);
        }
        fields.Add(field.ToString());
        return fields.ToArray();
    }
}
