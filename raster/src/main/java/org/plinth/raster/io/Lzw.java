package org.plinth.raster.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * TIFF's LZW: 9- to 12-bit codes packed most-significant bit first, code 256 clears the table, 257
 * ends the data, and the code width grows one code early (the decoder widens when its next free code
 * is 511, 1023 or 2047), exactly as libtiff writes it.
 *
 * <p>Decoding keeps each table entry as an (offset, length) pair into the output already written:
 * every new entry is the previous string plus the next string's first byte, and those bytes sit next
 * to each other in the output. So decoding never builds strings, it only copies; strings of up to 8
 * bytes (most of them) are copied as one 8-byte move.
 *
 * <p>Reference: TIFF 6.0 section 13. The pre-1992 "old-style" LZW (least-significant bit first) is not
 * supported.
 */
final class Lzw {
    private static final int CLEAR = 256;
    private static final int EOI = 257;
    private static final int FIRST_FREE = 258;
    private static final int MIN_BITS = 9;
    private static final int MAX_BITS = 12;
    private static final int TABLE_SIZE = 1 << MAX_BITS;
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Lzw() {
    }

    /**
     * Decodes into {@code out} until it is full or the data end. Returns the number of bytes written.
     *
     * @throws IllegalArgumentException when the code stream is corrupt
     */
    static int decode(byte[] in, byte[] out) {
        return decode(in, in.length, out, out.length);
    }

    /** As {@link #decode(byte[], byte[])} on the first {@code inLength} and {@code outLength} bytes of the arrays. */
    static int decode(byte[] in, int inLength, byte[] out, int outLength) {
        if (inLength >= 2 && in[0] == 0 && (in[1] & 1) == 1) {
            throw new IllegalArgumentException("old-style LZW (least-significant bit first) is not supported");
        }
        int[] start = new int[TABLE_SIZE];
        int[] length = new int[TABLE_SIZE];
        int pos = 0;
        int bits = MIN_BITS;
        int next = FIRST_FREE;
        int oldStart = -1;
        int oldLength = 0;
        long buffer = 0;
        int buffered = 0;
        int inPos = 0;
        int limit = inLength - 3;
        while (pos < outLength) {
            if (buffered < bits) {
                if (inPos < limit) {
                    // Three bytes at once: 24 + at most 11 leftover bits fit the 64-bit buffer.
                    buffer = (buffer << 24) | (in[inPos] & 0xFF) << 16 | (in[inPos + 1] & 0xFF) << 8 | (in[inPos + 2] & 0xFF);
                    inPos += 3;
                    buffered += 24;
                } else {
                    while (buffered < bits && inPos < inLength) {
                        buffer = (buffer << 8) | (in[inPos++] & 0xFF);
                        buffered += 8;
                    }
                    if (buffered < bits) {
                        break;
                    }
                }
            }
            int code = (int) (buffer >>> (buffered - bits)) & ((1 << bits) - 1);
            buffered -= bits;
            int curStart = pos;
            int curLength;
            if (code >= FIRST_FREE && code < next) {
                int len = length[code];
                if (len <= 8 && pos + 8 <= outLength) {
                    // One 8-byte move; the bytes past the string are overwritten by what follows.
                    LONG.set(out, pos, (long) LONG.get(out, start[code]));
                    curLength = len;
                } else {
                    curLength = copy(out, start[code], len, pos, outLength);
                }
                pos += curLength;
            } else if (code < CLEAR) {
                out[pos++] = (byte) code;
                curLength = 1;
            } else if (code == EOI) {
                break;
            } else if (code == CLEAR) {
                bits = MIN_BITS;
                next = FIRST_FREE;
                oldStart = -1;
                continue;
            } else if (code == next && oldStart >= 0) {
                // KwKwK: the string is the previous one followed by its own first byte.
                int n = copy(out, oldStart, oldLength, pos, outLength);
                pos += n;
                if (pos < outLength) {
                    out[pos++] = out[oldStart];
                    n++;
                }
                curLength = n;
            } else {
                throw new IllegalArgumentException("corrupt LZW data (code " + code + " with " + next
                        + " table entries)");
            }
            if (oldStart >= 0 && next < TABLE_SIZE) {
                start[next] = oldStart;
                length[next] = oldLength + 1;
                next++;
                if (next == (1 << bits) - 1 && bits < MAX_BITS) {
                    bits++;
                }
            }
            oldStart = curStart;
            oldLength = curLength;
        }
        return pos;
    }

    /** Copies up to {@code n} bytes from {@code from} to {@code to} within {@code out}, clipped to {@code outLength}. */
    private static int copy(byte[] out, int from, int n, int to, int outLength) {
        int len = Math.min(n, outLength - to);
        if (len <= 8) {
            for (int i = 0; i < len; i++) {
                out[to + i] = out[from + i];
            }
        } else {
            System.arraycopy(out, from, out, to, len);
        }
        return len;
    }

    /**
     * Encodes the first {@code length} bytes of {@code in} as libtiff does: clear code first, the
     * encoder widens codes when its next free code passes the current maximum, and clears the table
     * when it holds 4094 entries.
     */
    static byte[] encode(byte[] in, int length) {
        BitWriter w = new BitWriter(length / 2 + 16);
        int capacity = 1 << 13;
        long[] keys = new long[capacity];
        int[] codes = new int[capacity];
        Arrays.fill(keys, -1L);
        int bits = MIN_BITS;
        int next = FIRST_FREE;
        w.write(CLEAR, bits);
        if (length > 0) {
            int prefix = in[0] & 0xFF;
            for (int i = 1; i < length; i++) {
                int b = in[i] & 0xFF;
                long key = ((long) prefix << 8) | b;
                int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 51) & (capacity - 1);
                while (keys[slot] != -1L && keys[slot] != key) {
                    slot = (slot + 1) & (capacity - 1);
                }
                if (keys[slot] == key) {
                    prefix = codes[slot];
                    continue;
                }
                w.write(prefix, bits);
                keys[slot] = key;
                codes[slot] = next++;
                if (next == TABLE_SIZE - 2) {
                    w.write(CLEAR, bits);
                    bits = MIN_BITS;
                    next = FIRST_FREE;
                    Arrays.fill(keys, -1L);
                } else if (next > (1 << bits) - 1) {
                    bits++;
                }
                prefix = b;
            }
            w.write(prefix, bits);
            // The decoder adds one more entry after this code; mirror its width change before EOI.
            next++;
            if (next == TABLE_SIZE - 2) {
                w.write(CLEAR, bits);
                bits = MIN_BITS;
            } else if (next > (1 << bits) - 1) {
                bits++;
            }
        }
        w.write(EOI, bits);
        return w.toArray();
    }

    /** Most-significant-bit-first bit packer. */
    private static final class BitWriter {
        private byte[] bytes;
        private int size;
        private long buffer;
        private int buffered;

        BitWriter(int capacity) {
            bytes = new byte[Math.max(16, capacity)];
        }

        void write(int code, int bits) {
            buffer = (buffer << bits) | code;
            buffered += bits;
            while (buffered >= 8) {
                if (size == bytes.length) {
                    bytes = Arrays.copyOf(bytes, bytes.length * 2);
                }
                bytes[size++] = (byte) (buffer >>> (buffered - 8));
                buffered -= 8;
            }
        }

        byte[] toArray() {
            if (buffered > 0) {
                write(0, 8 - buffered);
            }
            return Arrays.copyOf(bytes, size);
        }
    }
}
