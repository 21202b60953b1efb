using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace Sitrep.Core.Geo;

/// The compact gazetteer as columns: places sorted by GeoNames id, their display names, and a sorted index of
/// folded names (PlaceNames.Fold) to places. Columns rather than one object per place keep 1.5 million places
/// in about 150 MB and let loading be one decompression plus block copies. Written by tools/Sitrep.GazetteerBuilder,
/// read by Gazetteer; the file is Brotli-compressed and split into parts below the repository's 20 MB file limit.
public sealed class GazetteerTables
{
    const int Magic = 0x5A475253; // "SRGZ"
    const int Version = 1;
    const string PartPattern = "gazetteer.br.";
    const int PartSize = 19 * 1000 * 1000;

    /// High bit of a posting: the name is an alias (alternate name), not the place's own name.
    public const int AliasFlag = unchecked((int)0x80000000);

    public required string[] CountryCodes { get; init; }
    public required string[] FeatureCodes { get; init; }   // "P.PPLA": class, dot, code
    public required int[] GeonameIds { get; init; }
    public required int[] Latitudes { get; init; }         // degrees * 1e5
    public required int[] Longitudes { get; init; }
    public required long[] Populations { get; init; }
    public required byte[] Countries { get; init; }        // index into CountryCodes
    public required byte[] Features { get; init; }         // index into FeatureCodes
    public required byte[] Levels { get; init; }           // PlaceLevel
    public required int[] Admin1Refs { get; init; }        // index of the enclosing ADM1 place, or -1
    public required int[] Admin2Refs { get; init; }        // index of the enclosing ADM2 place, or -1
    public required int[] NameOffsets { get; init; }       // Count + 1 offsets into NameBlob (UTF-8)
    public required byte[] NameBlob { get; init; }
    public required int[] Admin1CodePlaces { get; init; }  // ADM1 places that carry a code...
    public required string[] Admin1Codes { get; init; }    // ...and that code ("24")
    public required int[] KeyOffsets { get; init; }        // KeyCount + 1 offsets into KeyBlob (UTF-8, sorted ordinally)
    public required byte[] KeyBlob { get; init; }
    public required int[] PostingOffsets { get; init; }    // KeyCount + 1 offsets into Postings
    public required int[] Postings { get; init; }          // place index, AliasFlag set for alternate names

    public int Count => GeonameIds.Length;
    public int KeyCount => KeyOffsets.Length - 1;

    public string NameOf(int place) =>
        Encoding.UTF8.GetString(NameBlob, NameOffsets[place], NameOffsets[place + 1] - NameOffsets[place]);

    public ReadOnlySpan<byte> KeyOf(int key) => KeyBlob.AsSpan(KeyOffsets[key], KeyOffsets[key + 1] - KeyOffsets[key]);

    /// Index of the key equal to the UTF-8 folded name, or -1.
    public int FindKey(ReadOnlySpan<byte> folded)
    {
        int lo = 0, hi = KeyCount - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var cmp = KeyOf(mid).SequenceCompareTo(folded);
            if (cmp == 0) return mid;
            if (cmp < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }

    /// True when some key starts with the folded prefix followed by a space: a longer name may still match.
    public bool HasLongerKey(ReadOnlySpan<byte> folded)
    {
        int lo = 0, hi = KeyCount;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (KeyOf(mid).SequenceCompareTo(folded) <= 0) lo = mid + 1;
            else hi = mid;
        }
        // lo is the first key greater than the prefix; all keys extending it follow contiguously.
        for (var k = lo; k < KeyCount && k < lo + 64; k++)
        {
            var key = KeyOf(k);
            if (!key.StartsWith(folded)) return false;
            if (key.Length > folded.Length && key[folded.Length] == (byte)' ') return true;
        }
        return false;
    }

    public ReadOnlySpan<int> PostingsOf(int key) => Postings.AsSpan(PostingOffsets[key], PostingOffsets[key + 1] - PostingOffsets[key]);

    /// Index of the place with this GeoNames id, or -1.
    public int IndexOfId(long geonameId) =>
        geonameId is < 0 or > int.MaxValue ? -1 : Math.Max(-1, Array.BinarySearch(GeonameIds, (int)geonameId));

    public static bool Exists(string directory) => File.Exists(Path.Combine(directory, PartPattern + "0"));

    public void Write(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var old in Directory.GetFiles(directory, PartPattern + "*")) File.Delete(old);
        using (var parts = new PartWriter(directory))
        using (var brotli = new BrotliStream(parts, CompressionLevel.SmallestSize))
        using (var writer = new BinaryWriter(brotli))
        {
            writer.Write(Magic);
            writer.Write(Version);
            WriteStrings(writer, CountryCodes);
            WriteStrings(writer, FeatureCodes);
            WriteArray(writer, GeonameIds);
            WriteArray(writer, Latitudes);
            WriteArray(writer, Longitudes);
            WriteArray(writer, Populations);
            WriteArray(writer, Countries);
            WriteArray(writer, Features);
            WriteArray(writer, Levels);
            WriteArray(writer, Admin1Refs);
            WriteArray(writer, Admin2Refs);
            WriteArray(writer, NameOffsets);
            WriteArray(writer, NameBlob);
            WriteArray(writer, Admin1CodePlaces);
            WriteStrings(writer, Admin1Codes);
            WriteArray(writer, KeyOffsets);
            WriteArray(writer, KeyBlob);
            WriteArray(writer, PostingOffsets);
            WriteArray(writer, Postings);
        }
    }

    public static GazetteerTables Read(string directory)
    {
        if (!Exists(directory))
            throw new FileNotFoundException($"Sitrep gazetteer is missing: {Path.Combine(directory, PartPattern + "0")}");
        using var parts = new PartReader(directory);
        using var brotli = new BrotliStream(parts, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(brotli, 1 << 16));
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
            throw new InvalidDataException($"{directory}: not a Sitrep gazetteer of version {Version}; rebuild it with tools/Sitrep.GazetteerBuilder");
        return new GazetteerTables
        {
            CountryCodes = ReadStrings(reader),
            FeatureCodes = ReadStrings(reader),
            GeonameIds = ReadArray<int>(reader),
            Latitudes = ReadArray<int>(reader),
            Longitudes = ReadArray<int>(reader),
            Populations = ReadArray<long>(reader),
            Countries = ReadArray<byte>(reader),
            Features = ReadArray<byte>(reader),
            Levels = ReadArray<byte>(reader),
            Admin1Refs = ReadArray<int>(reader),
            Admin2Refs = ReadArray<int>(reader),
            NameOffsets = ReadArray<int>(reader),
            NameBlob = ReadArray<byte>(reader),
            Admin1CodePlaces = ReadArray<int>(reader),
            Admin1Codes = ReadStrings(reader),
            KeyOffsets = ReadArray<int>(reader),
            KeyBlob = ReadArray<byte>(reader),
            PostingOffsets = ReadArray<int>(reader),
            Postings = ReadArray<int>(reader),
        };
    }

    static void WriteStrings(BinaryWriter writer, string[] values)
    {
        writer.Write(values.Length);
        foreach (var v in values) writer.Write(v);
    }

    static string[] ReadStrings(BinaryReader reader)
    {
        var values = new string[reader.ReadInt32()];
        for (var i = 0; i < values.Length; i++) values[i] = reader.ReadString();
        return values;
    }

    static void WriteArray<T>(BinaryWriter writer, T[] values) where T : unmanaged
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    static T[] ReadArray<T>(BinaryReader reader) where T : unmanaged
    {
        var values = new T[reader.ReadInt32()];
        var bytes = MemoryMarshal.AsBytes(values.AsSpan());
        reader.BaseStream.ReadExactly(bytes);
        return values;
    }

    /// Splits one stream into numbered files of PartSize bytes.
    sealed class PartWriter(string directory) : Stream
    {
        FileStream? _current;
        int _index;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => _current?.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            while (buffer.Length > 0)
            {
                if (_current is null || _current.Length >= PartSize)
                {
                    _current?.Dispose();
                    _current = File.Create(Path.Combine(directory, PartPattern + _index++));
                }
                var room = (int)Math.Min(buffer.Length, PartSize - _current.Length);
                _current.Write(buffer[..room]);
                buffer = buffer[room..];
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _current?.Dispose();
            base.Dispose(disposing);
        }
    }

    /// Reads the numbered part files back as one stream.
    sealed class PartReader(string directory) : Stream
    {
        FileStream? _current = File.OpenRead(Path.Combine(directory, PartPattern + "0"));
        int _index;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            while (_current is not null)
            {
                var n = _current.Read(buffer);
                if (n > 0 || buffer.Length == 0) return n;
                _current.Dispose();
                var next = Path.Combine(directory, PartPattern + ++_index);
                _current = File.Exists(next) ? File.OpenRead(next) : null;
            }
            return 0;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _current?.Dispose();
            base.Dispose(disposing);
        }
    }
}
