package org.plinth.raster.io;

import java.io.ByteArrayOutputStream;

/**
 * Apple's PackBits run-length coding (TIFF compression 32773): a header byte {@code n} in 0..127 is
 * followed by {@code n + 1} literal bytes, one in -127..-1 by one byte repeated {@code 1 - n} times;
 * -128 is skipped. Reference: TIFF 6.0 section 9.
 */
final class PackBits {
    private PackBits() {
    }

    /** Decodes into {@code out} until it is full or the data end; returns the number of bytes written. */
    static int decode(byte[] in, byte[] out) {
        return decode(in, in.length, out, out.length);
    }

    /** As {@link #decode(byte[], byte[])} on the first {@code inLength} and {@code outLength} bytes of the arrays. */
    static int decode(byte[] in, int inLength, byte[] out, int outLength) {
        int i = 0;
        int o = 0;
        while (i < inLength && o < outLength) {
            int n = in[i++];
            if (n >= 0) {
                int len = Math.min(Math.min(n + 1, inLength - i), outLength - o);
                System.arraycopy(in, i, out, o, len);
                i += n + 1;
                o += len;
            } else if (n != -128) {
                if (i >= inLength) {
                    break;
                }
                byte b = in[i++];
                int len = Math.min(1 - n, outLength - o);
                for (int k = 0; k < len; k++) {
                    out[o++] = b;
                }
            }
        }
        return o;
    }

    /** Encodes {@code length} bytes: runs of 3 or more identical bytes become repeat packets. */
    static byte[] encode(byte[] in, int length) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(length + length / 128 + 2);
        int i = 0;
        while (i < length) {
            int run = 1;
            while (i + run < length && run < 128 && in[i + run] == in[i]) {
                run++;
            }
            if (run >= 3) {
                out.write(1 - run);
                out.write(in[i]);
                i += run;
                continue;
            }
            int start = i;
            int literal = 0;
            while (i < length && literal < 128) {
                if (i + 2 < length && in[i] == in[i + 1] && in[i] == in[i + 2]) {
                    break;
                }
                i++;
                literal++;
            }
            out.write(literal - 1);
            out.write(in, start, literal);
        }
        return out.toByteArray();
    }
}
