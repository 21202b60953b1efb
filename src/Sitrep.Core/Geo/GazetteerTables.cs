using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace Sitrep.Core.Geo;

/// The compact gazetteer as columns: places sorted by GeoNames id, their display names, and a sorted index of
/// folded names (PlaceNames.Fold) to places. Columns rather than one object per place keep 1.5 million places
/// in about 150 MB and let loading be one decompression plus block copies. Written by tools/Sitrep.GazetteerBuilder,
/// read by Gazetteer; Brotli-compressed and split into parts below the repository's 20 MB file limit.
public sealed class GazetteerTables
{
    const int Magic = 0x5A475253; // "SRGZ"
    const int Version = 2;
    const string PlacesPattern = "places.br.";
    const string NamesPattern = "names.br.";
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
        var (lo, hi) = Bucket(folded);
        hi--;
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

    /// One search for both questions recognition asks of a name: its key index (or -1), and whether a longer
    /// name starts with it followed by a space.
    public int FindKey(ReadOnlySpan<byte> folded, out bool hasLonger)
    {
        var (lo, hi) = Bucket(folded);
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (KeyOf(mid).SequenceCompareTo(folded) < 0) lo = mid + 1;
            else hi = mid;
        }
        var found = lo < KeyCount && KeyOf(lo).SequenceEqual(folded) ? lo : -1;
        hasLonger = false;
        for (var k = found >= 0 ? lo + 1 : lo; k < KeyCount && k < lo + 64; k++)
        {
            var key = KeyOf(k);
            if (!key.StartsWith(folded)) break;
            if (key.Length > folded.Length && key[folded.Length] == (byte)' ') { hasLonger = true; break; }
        }
        return found;
    }

    // Keys sorted, so those sharing their first two bytes are one range: the binary search starts inside it,
    // fewer steps over a cold 20 MB blob. Built lazily once (a single pass over the keys).
    int[]? _buckets;

    (int Lo, int Hi) Bucket(ReadOnlySpan<byte> folded)
    {
        var buckets = _buckets ??= BuildBuckets();
        var b = BucketOf(folded);
        return (buckets[b], buckets[b + 1]);
    }

    static int BucketOf(ReadOnlySpan<byte> key) => key.Length == 0 ? 0 : key.Length == 1 ? key[0] << 8 : (key[0] << 8) | key[1];

    int[] BuildBuckets()
    {
        // buckets[b] = first key whose two-byte prefix is >= b; a one-byte key sorts before its longer siblings.
        var buckets = new int[65537];
        var k = 0;
        for (var b = 0; b <= 65536; b++)
        {
            while (k < KeyCount && BucketOf(KeyOf(k)) < b) k++;
            buckets[b] = k;
        }
        return buckets;
    }

    public ReadOnlySpan<int> PostingsOf(int key) => Postings.AsSpan(PostingOffsets[key], PostingOffsets[key + 1] - PostingOffsets[key]);

    /// Index of the place with this GeoNames id, or -1.
    public int IndexOfId(long geonameId) =>
        geonameId is < 0 or > int.MaxValue ? -1 : Math.Max(-1, Array.BinarySearch(GeonameIds, (int)geonameId));

    public static bool Exists(string directory) =>
        File.Exists(Path.Combine(directory, PlacesPattern + "0")) && File.Exists(Path.Combine(directory, NamesPattern + "0"));

    /// Two independent Brotli streams -- places and the name index -- so that loading decompresses them on two
    /// threads; each is split into parts below the repository's file size limit.
    public void Write(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var old in Directory.GetFiles(directory, "*.br.*")) File.Delete(old);
        WriteStream(directory, PlacesPattern, writer =>
        {
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
        });
        WriteStream(directory, NamesPattern, writer =>
        {
            WriteArray(writer, KeyOffsets);
            WriteArray(writer, KeyBlob);
            WriteArray(writer, PostingOffsets);
            WriteArray(writer, Postings);
        });
    }

    public static GazetteerTables Read(string directory)
    {
        if (!Exists(directory))
            throw new FileNotFoundException($"Sitrep gazetteer is missing: {Path.Combine(directory, PlacesPattern + "0")}; build it with tools/Sitrep.GazetteerBuilder");
        var names = Task.Run(() => ReadStream(directory, NamesPattern, reader =>
            (KeyOffsets: ReadArray<int>(reader), KeyBlob: ReadArray<byte>(reader), PostingOffsets: ReadArray<int>(reader), Postings: ReadArray<int>(reader))));
        var tables = ReadStream(directory, PlacesPattern, reader => new GazetteerTables
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
            KeyOffsets = [0],
            KeyBlob = [],
            PostingOffsets = [0],
            Postings = [],
        });
        var index = names.GetAwaiter().GetResult();
        return new GazetteerTables
        {
            CountryCodes = tables.CountryCodes,
            FeatureCodes = tables.FeatureCodes,
            GeonameIds = tables.GeonameIds,
            Latitudes = tables.Latitudes,
            Longitudes = tables.Longitudes,
            Populations = tables.Populations,
            Countries = tables.Countries,
            Features = tables.Features,
            Levels = tables.Levels,
            Admin1Refs = tables.Admin1Refs,
            Admin2Refs = tables.Admin2Refs,
            NameOffsets = tables.NameOffsets,
            NameBlob = tables.NameBlob,
            Admin1CodePlaces = tables.Admin1CodePlaces,
            Admin1Codes = tables.Admin1Codes,
            KeyOffsets = index.KeyOffsets,
            KeyBlob = index.KeyBlob,
            PostingOffsets = index.PostingOffsets,
            Postings = index.Postings,
        };
    }

    static void WriteStream(string directory, string pattern, Action<BinaryWriter> write)
    {
        using var parts = new PartWriter(directory, pattern);
        using var brotli = new BrotliStream(parts, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(brotli);
        writer.Write(Magic);
        writer.Write(Version);
        write(writer);
    }

    static T ReadStream<T>(string directory, string pattern, Func<BinaryReader, T> read)
    {
        using var parts = new PartReader(directory, pattern);
        using var brotli = new BrotliStream(parts, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(brotli, 1 << 16));
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
            throw new InvalidDataException($"{Path.Combine(directory, pattern)}*: not a Sitrep gazetteer of version {Version}; rebuild it with tools/Sitrep.GazetteerBuilder");
        return read(reader);
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
    sealed class PartWriter(string directory, string pattern) : Stream
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
                    _current = File.Create(Path.Combine(directory, pattern + _index++));
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
    sealed class PartReader(string directory, string pattern) : Stream
    {
        FileStream? _current = File.OpenRead(Path.Combine(directory, pattern + "0"));
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
                var next = Path.Combine(directory, pattern + ++_index);
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
