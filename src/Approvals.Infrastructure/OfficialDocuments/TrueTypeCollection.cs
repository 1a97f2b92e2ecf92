using System.Buffers.Binary;

namespace Approvals.Infrastructure.OfficialDocuments;

/// <summary>
/// Takes one font out of a TrueType collection (.ttc) as a font file of its own, which PDFsharp can read (it cannot
/// read a collection): the font's table directory is written again with the offsets of its tables in the new file.
/// A single font (.ttf) is returned as it is.
/// </summary>
public static class TrueTypeCollection
{
    private const uint CollectionTag = 0x74746366; // "ttcf"
    private const int TableRecordSize = 16;
    private const int OffsetTableSize = 12;

    public static byte[] ExtractFont(byte[] file, int index)
    {
        if (file.Length < OffsetTableSize || BinaryPrimitives.ReadUInt32BigEndian(file) != CollectionTag)
            return file;
        var fonts = BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(8));
        if (index >= fonts)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The collection holds {fonts} fonts.");
        var directory = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(12 + (4 * index)));
        var tables = BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(directory + 4));

        var records = Enumerable.Range(0, tables)
            .Select(i => file.AsSpan(directory + OffsetTableSize + (i * TableRecordSize), TableRecordSize).ToArray())
            .ToList();
        var headerLength = OffsetTableSize + (tables * TableRecordSize);
        var length = headerLength + records.Sum(r => Padded(BinaryPrimitives.ReadUInt32BigEndian(r.AsSpan(12))));
        var font = new byte[length];
        file.AsSpan(directory, OffsetTableSize).CopyTo(font);

        var next = headerLength;
        for (var i = 0; i < tables; i++)
        {
            var record = records[i];
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record.AsSpan(8));
            var size = (int)BinaryPrimitives.ReadUInt32BigEndian(record.AsSpan(12));
            BinaryPrimitives.WriteUInt32BigEndian(record.AsSpan(8), (uint)next);
            record.CopyTo(font.AsSpan(OffsetTableSize + (i * TableRecordSize)));
            file.AsSpan(offset, size).CopyTo(font.AsSpan(next));
            next += (int)Padded((uint)size);
        }
        return font;
    }

    // Tables start on 4-byte boundaries.
    private static int Padded(uint size) => (int)((size + 3) & ~3u);
}
