using System.Buffers.Binary;
using System.IO.Compression;

namespace ChatOps.Teams.Tests.TestSupport;

/// <summary>Reads the 8-bit RGBA, non-interlaced PNGs that manifests/teams/make-icons.py writes.</summary>
internal static class PngReader
{
    public sealed record Image(int Width, int Height, IReadOnlyList<(byte R, byte G, byte B, byte A)> Pixels);

    public static Image Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        int width = 0, height = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var kind = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            var data = bytes.AsSpan(at + 8, length);
            if (kind == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.Equal(8, data[8]);
                Assert.Equal(6, data[9]);
            }
            else if (kind == "IDAT")
            {
                idat.Write(data);
            }

            at += length + 12;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var pixels = new List<(byte, byte, byte, byte)>(width * height);
        for (var y = 0; y < height; y++)
        {
            var row = y * ((width * 4) + 1);
            Assert.Equal(0, raw[row]);
            for (var x = 0; x < width; x++)
            {
                var p = row + 1 + (x * 4);
                pixels.Add((raw[p], raw[p + 1], raw[p + 2], raw[p + 3]));
            }
        }

        return new Image(width, height, pixels);
    }
}
