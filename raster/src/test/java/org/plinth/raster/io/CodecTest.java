package org.plinth.raster.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** LZW, PackBits and the predictors: literal examples, round trips, and LZW against a slow reference. */
class CodecTest {

    /** Random data of a given kind: 0 noise, 1 runs, 2 small alphabet, 3 float-like (smooth high bytes). */
    static byte[] sample(SplittableRandom rnd, int kind, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = switch (kind) {
                case 0 -> (byte) rnd.nextInt(256);
                case 1 -> i > 0 && rnd.nextInt(10) != 0 ? b[i - 1] : (byte) rnd.nextInt(256);
                case 2 -> (byte) rnd.nextInt(4);
                default -> (byte) (i % 4 == 0 ? 0x43 : i % 4 == 1 ? (i / 64) : rnd.nextInt(256));
            };
        }
        return b;
    }

    /**
     * Obviously-correct LZW decoder: the table holds whole strings, codes are read MSB first, the
     * width grows when the table (without the next entry) reaches 511, 1023 and 2047 entries.
     */
    static byte[] slowLzwDecode(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<byte[]> table = new ArrayList<>();
        int bits = 9;
        byte[] old = null;
        long bitPos = 0;
        while (bitPos + bits <= in.length * 8L) {
            int code = 0;
            for (int k = 0; k < bits; k++, bitPos++) {
                code = code << 1 | (in[(int) (bitPos / 8)] >> (7 - (int) (bitPos % 8))) & 1;
            }
            if (code == 257) {
                break;
            }
            if (code == 256) {
                table.clear();
                for (int i = 0; i < 258; i++) {
                    table.add(new byte[] {(byte) i});
                }
                bits = 9;
                old = null;
                continue;
            }
            byte[] s;
            if (code < table.size()) {
                s = table.get(code);
            } else {
                s = Arrays.copyOf(old, old.length + 1);
                s[old.length] = old[0];
            }
            out.writeBytes(s);
            if (old != null) {
                byte[] entry = Arrays.copyOf(old, old.length + 1);
                entry[old.length] = s[0];
                table.add(entry);
                if (table.size() + 1 >= (1 << bits) && bits < 12) {
                    bits++;
                }
            }
            old = s;
        }
        return out.toByteArray();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void lzwRoundTripsAndMatchesTheSlowDecoder(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        System.out.println("seed " + seed);
        int kind = (int) (seed % 4);
        byte[] data = sample(rnd, kind, 1 + rnd.nextInt(200_000));
        byte[] encoded = Lzw.encode(data, data.length);
        byte[] fast = new byte[data.length];
        assertThat(Lzw.decode(encoded, fast)).isEqualTo(data.length);
        assertThat(fast).isEqualTo(data);
        assertThat(slowLzwDecode(encoded)).isEqualTo(data);
    }

    @Test
    void lzwOfTinyInputsIsExact() {
        // "ABAB": codes CLEAR, 'A', 'B', 258 ("AB"), EOI, all 9 bits.
        byte[] data = {'A', 'B', 'A', 'B'};
        byte[] enc = Lzw.encode(data, 4);
        assertThat(slowLzwDecode(enc)).isEqualTo(data);
        assertThat(enc).hasSize((5 * 9 + 7) / 8);
        byte[] out = new byte[4];
        assertThat(Lzw.decode(enc, out)).isEqualTo(4);
        assertThat(out).isEqualTo(data);
    }

    @Test
    void corruptLzwIsRejected() {
        // CLEAR, then code 300 which is not in the table yet.
        byte[] bad = {(byte) 0x80, (byte) 0x4B, 0x00, 0x00};
        assertThatThrownBy(() -> Lzw.decode(bad, new byte[16])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("corrupt LZW data");
    }

    @Test
    void packBitsDecodesTheTiffSpecExample() {
        // TIFF 6.0 section 9 example.
        byte[] packed = HexFormat.of().parseHex("FEAA02800 02AFDAA0380002A22F7AA".replace(" ", ""));
        byte[] expected = HexFormat.of().parseHex("AAAAAA80002AAAAAAAAA80002A22AAAAAAAAAAAAAAAAAAAA");
        byte[] out = new byte[expected.length];
        assertThat(PackBits.decode(packed, out)).isEqualTo(expected.length);
        assertThat(out).isEqualTo(expected);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14})
    void packBitsRoundTrips(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        System.out.println("seed " + seed);
        byte[] data = sample(rnd, (int) (seed % 4), 1 + rnd.nextInt(5000));
        byte[] out = new byte[data.length];
        assertThat(PackBits.decode(PackBits.encode(data, data.length), out)).isEqualTo(data.length);
        assertThat(out).isEqualTo(data);
    }

    @Test
    void horizontalPredictorOnLittleEndian16BitLiteral() {
        // Row 100, 103, 99 stores 100, +3, -4 (0xFFFC).
        byte[] row = {100, 0, 103, 0, 99, 0};
        Predictor.applyHorizontal(row, 1, 3, 1, 2, true);
        assertThat(row).containsExactly(100, 0, 3, 0, (byte) 0xFC, (byte) 0xFF);
        Predictor.undoHorizontal(row, 1, 3, 1, 2, true);
        assertThat(row).containsExactly(100, 0, 103, 0, 99, 0);
    }

    @Test
    void floatingPointPredictorLiteral() {
        // 1.0f = 3F800000, 2.0f = 40000000. Planes: 3F 40 | 80 00 | 00 00 | 00 00, then each byte
        // minus its left neighbour: 3F 01 40 80 00 00 00 00.
        byte[] row = HexFormat.of().parseHex("3F80000040000000");
        Predictor.applyFloatingPoint(row, 1, 2, 1, 4);
        assertThat(HexFormat.of().formatHex(row)).isEqualTo("3f01408000000000");
        Predictor.undoFloatingPoint(row, 1, 2, 1, 4);
        assertThat(HexFormat.of().formatHex(row)).isEqualTo("3f80000040000000");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23, 24, 25, 26, 27, 28})
    void predictorsRoundTripForEverySizeOrderAndStride(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        System.out.println("seed " + seed);
        int[] sizes = {1, 2, 4, 8};
        int bytes = sizes[rnd.nextInt(4)];
        int stride = 1 + rnd.nextInt(3);
        int pixels = 1 + rnd.nextInt(40);
        int rows = 1 + rnd.nextInt(5);
        boolean little = rnd.nextBoolean();
        byte[] data = sample(rnd, 0, rows * pixels * stride * bytes);
        byte[] b = data.clone();
        Predictor.applyHorizontal(b, rows, pixels * stride, stride, bytes, little);
        Predictor.undoHorizontal(b, rows, pixels * stride, stride, bytes, little);
        assertThat(b).isEqualTo(data);
        if (bytes >= 4) {
            b = data.clone();
            Predictor.applyFloatingPoint(b, rows, pixels * stride, stride, bytes);
            Predictor.undoFloatingPoint(b, rows, pixels * stride, stride, bytes);
            assertThat(b).isEqualTo(data);
        }
    }
}
