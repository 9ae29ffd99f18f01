using System.Buffers.Binary;
using System.Text;

namespace CourseKit;

/// <summary>The symbol-version tables of a 64-bit little-endian ELF shared library: the versions it needs
/// from other libraries and the versions it defines. Read-only; <see cref="NativeFix"/> uses it to decide what to patch.</summary>
public sealed class ElfVersionInfo
{
    const uint ShtDynsym = 11, ShtVerdef = 0x6ffffffd, ShtVerneed = 0x6ffffffe, ShtVersym = 0x6fffffff;

    /// <summary>Flag in a needed version's entry meaning "a missing version is not fatal" (VER_FLG_WEAK).</summary>
    public const ushort WeakFlag = 0x2;

    /// <summary>One version this library needs: the library it comes from, its name, its flags, where those flags sit in the file,
    /// and the undefined symbols bound to it.</summary>
    public sealed record NeededVersion(string File, string Name, ushort Flags, long FlagsOffset, IReadOnlyList<string> Symbols)
    {
        public bool IsWeak => (Flags & WeakFlag) != 0;
    }

    public string Path { get; }
    public IReadOnlyList<NeededVersion> Needed { get; }
    public IReadOnlySet<string> Defined { get; }

    ElfVersionInfo(string path, IReadOnlyList<NeededVersion> needed, IReadOnlySet<string> defined)
        => (Path, Needed, Defined) = (path, needed, defined);

    /// <summary>Reads the version tables of the ELF file at <paramref name="path"/>.</summary>
    public static ElfVersionInfo Read(string path)
    {
        var b = File.ReadAllBytes(path);
        if (b.Length < 64 || b[0] != 0x7f || b[1] != (byte)'E' || b[2] != (byte)'L' || b[3] != (byte)'F')
            throw new InvalidDataException($"{path} is not an ELF file.");
        if (b[4] != 2 || b[5] != 1)
            throw new InvalidDataException($"{path} is not a 64-bit little-endian ELF file.");

        long shoff = (long)U64(b, 0x28);
        int shentsize = U16(b, 0x3A), shnum = U16(b, 0x3C);
        var sections = new List<(uint Type, long Offset, long Size, uint Link, uint Info)>();
        for (int i = 0; i < shnum; i++)
        {
            long o = shoff + (long)i * shentsize;
            sections.Add((U32(b, o + 4), (long)U64(b, o + 24), (long)U64(b, o + 32), U32(b, o + 40), U32(b, o + 44)));
        }
        string Str(int strSection, long index)
        {
            long start = sections[strSection].Offset + index, end = start;
            while (b[end] != 0) end++;
            return Encoding.ASCII.GetString(b, (int)start, (int)(end - start));
        }

        // Undefined dynamic symbols, grouped by the version index they are bound to.
        var symbolsByVersion = new Dictionary<int, List<string>>();
        int dynsym = sections.FindIndex(s => s.Type == ShtDynsym), versym = sections.FindIndex(s => s.Type == ShtVersym);
        if (dynsym >= 0 && versym >= 0)
        {
            var sym = sections[dynsym];
            for (long i = 0; i < sym.Size / 24; i++)
            {
                long o = sym.Offset + i * 24;
                if (U16(b, o + 6) != 0) continue; // defined here, not needed from elsewhere
                int ver = U16(b, sections[versym].Offset + i * 2) & 0x7fff;
                if (ver < 2) continue;
                if (!symbolsByVersion.TryGetValue(ver, out var list)) symbolsByVersion[ver] = list = [];
                list.Add(Str((int)sym.Link, U32(b, o)));
            }
        }

        var needed = new List<NeededVersion>();
        foreach (var sec in sections.Where(s => s.Type == ShtVerneed))
        {
            long vn = sec.Offset;
            for (uint n = 0; n < sec.Info; n++)
            {
                int count = U16(b, vn + 2);
                string file = Str((int)sec.Link, U32(b, vn + 4));
                long aux = vn + U32(b, vn + 8);
                for (int a = 0; a < count; a++)
                {
                    int other = U16(b, aux + 6);
                    needed.Add(new NeededVersion(file, Str((int)sec.Link, U32(b, aux + 8)), U16(b, aux + 4), aux + 4,
                        symbolsByVersion.TryGetValue(other, out var s) ? s : []));
                    aux += U32(b, aux + 12);
                }
                uint next = U32(b, vn + 12);
                if (next == 0) break;
                vn += next;
            }
        }

        var defined = new HashSet<string>();
        foreach (var sec in sections.Where(s => s.Type == ShtVerdef))
        {
            long vd = sec.Offset;
            for (uint n = 0; n < sec.Info; n++)
            {
                int count = U16(b, vd + 6);
                long aux = vd + U32(b, vd + 12);
                for (int a = 0; a < count; a++)
                {
                    defined.Add(Str((int)sec.Link, U32(b, aux)));
                    aux += U32(b, aux + 4);
                }
                uint next = U32(b, vd + 16);
                if (next == 0) break;
                vd += next;
            }
        }
        return new ElfVersionInfo(path, needed, defined);
    }

    static ushort U16(byte[] b, long o) => BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan((int)o));
    static uint U32(byte[] b, long o) => BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan((int)o));
    static ulong U64(byte[] b, long o) => BinaryPrimitives.ReadUInt64LittleEndian(b.AsSpan((int)o));
}
