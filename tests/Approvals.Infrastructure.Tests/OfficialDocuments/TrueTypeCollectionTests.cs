using System.Buffers.Binary;
using System.Text;
using Approvals.Infrastructure.OfficialDocuments;

namespace Approvals.Infrastructure.Tests.OfficialDocuments;

public sealed class TrueTypeCollectionTests
{
    [Fact]
    public void The_second_font_of_a_collection_comes_out_as_a_font_file_with_its_own_tables_at_their_new_offsets()
    {
        var collection = Collection(("head", "first-head"), ("name", "first"), ("head", "second-head!"), ("name", "second font name"));

        var font = TrueTypeCollection.ExtractFont(collection, 1);

        Assert.Equal(0x00010000u, BinaryPrimitives.ReadUInt32BigEndian(font));
        Assert.Equal(2, BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4)));
        Assert.Equal(["second-head!", "second font name"], Tables(font).Select(t => t.Text));
        Assert.All(Tables(font), t => Assert.Equal(0, t.Offset % 4));
    }

    [Fact]
    public void A_single_font_file_is_returned_as_it_is()
    {
        var single = Font(("head", "only"));

        Assert.Same(single, TrueTypeCollection.ExtractFont(single, 0));
    }

    [Fact]
    public void A_font_the_collection_does_not_hold_is_refused_by_its_index()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TrueTypeCollection.ExtractFont(Collection(("head", "a"), ("name", "b")), 1));
    }

    [Fact]
    public void A_missing_font_file_stops_the_start_naming_the_package_that_brings_it()
    {
        var result = new DocumentFontOptionsValidator().Validate(null, new DocumentFontOptions { FontFile = "/nowhere/font.ttc" });

        Assert.True(result.Failed);
        Assert.Contains("fonts-wqy-microhei", result.FailureMessage);
    }

    private static IEnumerable<(int Offset, string Text)> Tables(byte[] font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + (16 * i), 16);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            yield return (offset, Encoding.ASCII.GetString(font, offset, length));
        }
    }

    /// <summary>A collection of fonts of two tables each, whose tables' offsets count from the start of the collection.</summary>
    private static byte[] Collection(params (string Tag, string Text)[] tables)
    {
        var fonts = tables.Chunk(2).ToList();
        var header = 12 + (4 * fonts.Count);
        var directories = new List<byte[]>();
        var data = new List<byte>();
        var directorySize = 12 + (16 * 2);
        var dataStart = header + (directorySize * fonts.Count);
        foreach (var font in fonts)
        {
            var directory = new byte[directorySize];
            BinaryPrimitives.WriteUInt32BigEndian(directory, 0x00010000);
            BinaryPrimitives.WriteUInt16BigEndian(directory.AsSpan(4), (ushort)font.Length);
            for (var i = 0; i < font.Length; i++)
            {
                var record = directory.AsSpan(12 + (16 * i));
                Encoding.ASCII.GetBytes(font[i].Tag).CopyTo(record);
                BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)(dataStart + data.Count));
                BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)font[i].Text.Length);
                data.AddRange(Encoding.ASCII.GetBytes(font[i].Text));
                while (data.Count % 4 != 0)
                    data.Add(0);
            }
            directories.Add(directory);
        }
        var file = new byte[dataStart + data.Count];
        Encoding.ASCII.GetBytes("ttcf").CopyTo(file, 0);
        BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(4), 0x00010000);
        BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(8), (uint)fonts.Count);
        for (var i = 0; i < fonts.Count; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(12 + (4 * i)), (uint)(header + (directorySize * i)));
            directories[i].CopyTo(file, header + (directorySize * i));
        }
        data.ToArray().CopyTo(file, dataStart);
        return file;
    }

    private static byte[] Font((string Tag, string Text) table)
    {
        var font = new byte[12 + 16 + 4];
        BinaryPrimitives.WriteUInt32BigEndian(font, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), 1);
        Encoding.ASCII.GetBytes(table.Tag).CopyTo(font, 12);
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(20), 28);
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(24), (uint)table.Text.Length);
        Encoding.ASCII.GetBytes(table.Text).CopyTo(font, 28);
        return font;
    }
}
