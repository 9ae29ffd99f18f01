using System.Buffers.Binary;
using System.IO.Compression;

namespace CourseKit.Data;

/// <summary>Reads and writes IDX files (the format of MNIST and Fashion-MNIST: a magic number, the dimensions, then unsigned bytes),
/// gzip-compressed when the name ends in <c>.gz</c>. Decoding goes straight from the stream into one array, in one pass.</summary>
public static class IdxFile
{
    const int UnsignedByte = 0x08;

    /// <summary>The dimensions stored in an IDX header, e.g. [60000, 28, 28] for images or [60000] for labels.</summary>
    public static int[] ReadShape(string path)
    {
        using var stream = Open(path);
        return ReadHeader(stream, path);
    }

    /// <summary>Reads the raw bytes (pixels or labels) and the dimensions.</summary>
    public static (byte[] Data, int[] Shape) ReadBytes(string path)
    {
        using var stream = Open(path);
        var shape = ReadHeader(stream, path);
        var data = new byte[Count(shape, path)];
        Fill(stream, data, path);
        return (data, shape);
    }

    /// <summary>Reads the data as floats multiplied by <paramref name="scale"/> (1/255 gives pixels in [0,1]) without holding the bytes.</summary>
    public static (float[] Data, int[] Shape) ReadFloats(string path, float scale)
    {
        using var stream = Open(path);
        var shape = ReadHeader(stream, path);
        var data = new float[Count(shape, path)];
        var buffer = new byte[1 << 16];
        long done = 0;
        while (done < data.LongLength)
        {
            int want = (int)Math.Min(buffer.Length, data.LongLength - done);
            int got = ReadSome(stream, buffer, want, path, done, data.LongLength);
            var target = data.AsSpan((int)done, got);
            for (int i = 0; i < got; i++) target[i] = buffer[i] * scale;
            done += got;
        }
        return (data, shape);
    }

    /// <summary>Reads labels as 64-bit integers (the dtype TorchSharp's losses expect).</summary>
    public static (long[] Data, int[] Shape) ReadLongs(string path)
    {
        var (bytes, shape) = ReadBytes(path);
        var data = new long[bytes.Length];
        for (int i = 0; i < bytes.Length; i++) data[i] = bytes[i];
        return (data, shape);
    }

    /// <summary>Writes unsigned bytes with the given dimensions; gzip-compressed when the name ends in <c>.gz</c>.</summary>
    public static void Write(string path, ReadOnlySpan<byte> data, int[] shape)
    {
        if (shape.Aggregate(1L, (a, d) => a * d) != data.Length)
            throw new ArgumentException($"IDX shape [{string.Join(",", shape)}] does not match {data.Length} bytes.");
        using var file = File.Create(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionLevel.SmallestSize) : file;
        Span<byte> header = stackalloc byte[4 + 4 * shape.Length];
        header[2] = UnsignedByte;
        header[3] = (byte)shape.Length;
        for (int i = 0; i < shape.Length; i++) BinaryPrimitives.WriteInt32BigEndian(header[(4 + 4 * i)..], shape[i]);
        stream.Write(header);
        stream.Write(data);
    }

    static Stream Open(string path)
    {
        if (!File.Exists(path))
            throw new DatasetException($"{path} does not exist.");
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    static int[] ReadHeader(Stream stream, string path)
    {
        var magic = new byte[4];
        Fill(stream, magic, path);
        if (magic[0] != 0 || magic[1] != 0 || magic[2] != UnsignedByte || magic[3] is 0 or > 4)
            throw new DatasetException($"{path} is not an IDX file of unsigned bytes (magic {Convert.ToHexString(magic)}, expected 000008 then the number of dimensions).");
        var dims = new byte[4 * magic[3]];
        Fill(stream, dims, path);
        return Enumerable.Range(0, magic[3]).Select(i => BinaryPrimitives.ReadInt32BigEndian(dims.AsSpan(4 * i))).ToArray();
    }

    static long Count(int[] shape, string path)
    {
        long n = shape.Aggregate(1L, (a, d) => a * d);
        if (shape.Any(d => d <= 0) || n > Array.MaxLength)
            throw new DatasetException($"{path} has an impossible IDX shape [{string.Join(",", shape)}].");
        return n;
    }

    static void Fill(Stream stream, byte[] buffer, string path)
    {
        int done = 0;
        while (done < buffer.Length) done += ReadSome(stream, buffer.AsMemory(done).Span, buffer.Length - done, path, done, buffer.Length);
    }

    static int ReadSome(Stream stream, Span<byte> buffer, int want, string path, long done, long total)
    {
        int got;
        try { got = stream.Read(buffer[..want]); }
        catch (InvalidDataException e)
        {
            throw new DatasetException($"{path} is damaged: its gzip data is corrupt ({e.Message}). " + RestoreHint(path), e);
        }
        if (got == 0)
            throw new DatasetException($"{path} ends early: read {done:N0} of {total:N0} bytes expected from its IDX header (truncated file or gzip stream). " + RestoreHint(path));
        return got;
    }

    static string RestoreHint(string path) =>
        path.Replace('\\', '/').Contains("/datasets/") ? $"Restore it with 'git checkout -- datasets/{path.Replace('\\', '/').Split("/datasets/")[^1]}'."
            : "Copy the original file again.";
}
