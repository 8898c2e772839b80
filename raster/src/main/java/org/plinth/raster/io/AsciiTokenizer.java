package org.plinth.raster.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits an ASCII grid into whitespace-separated tokens and parses numbers without building strings.
 * Decimal numbers with at most 18 significant digits and exponents up to 22 are computed as
 * {@code mantissa / 10^k} (or times), which is exactly rounded because both operands are exact
 * doubles; anything else falls back to {@link Double#parseDouble}. Either way the double is then
 * rounded to float, as GDAL's AAIGrid driver does.
 */
final class AsciiTokenizer {
    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int len;
    private byte[] token = new byte[64];
    private int tokenLength;
    private boolean sawFraction;

    AsciiTokenizer(InputStream in) {
        this.in = in;
    }

    /** Advances to the next token; false at end of input. */
    boolean next() throws IOException {
        int c;
        do {
            c = read();
        } while (c >= 0 && c <= ' ');
        if (c < 0) {
            return false;
        }
        tokenLength = 0;
        while (c > ' ') {
            if (tokenLength == token.length) {
                token = Arrays.copyOf(token, token.length * 2);
            }
            token[tokenLength++] = (byte) c;
            c = read();
        }
        return true;
    }

    private int read() throws IOException {
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                return -1;
            }
        }
        return buf[pos++];
    }

    String text() {
        return new String(token, 0, tokenLength, StandardCharsets.ISO_8859_1);
    }

    /** True when the current token starts like a number. */
    boolean isNumeric() {
        byte c = token[0];
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || isNanOrInf();
    }

    /** nan or inf(inity), as GDAL writes a NaN NoData value and the cells that hold it. */
    private boolean isNanOrInf() {
        String t = text().toLowerCase(java.util.Locale.ROOT);
        return t.equals("nan") || t.equals("inf") || t.equals("infinity");
    }

    /** True once any parsed number had a decimal point or exponent. */
    boolean sawFraction() {
        return sawFraction;
    }

    /** The current token as a double. */
    double number() {
        int i = 0;
        boolean negative = false;
        if (token[0] == '-' || token[0] == '+') {
            negative = token[0] == '-';
            i = 1;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        boolean any = false;
        for (; i < tokenLength; i++) {
            byte c = token[i];
            if (c >= '0' && c <= '9') {
                any = true;
                if (mantissa == 0 && c == '0') {
                    if (point) {
                        scale--;
                    }
                    continue;
                }
                if (++digits > 18) {
                    return slow();
                }
                mantissa = mantissa * 10 + (c - '0');
                if (point) {
                    scale--;
                }
            } else if (c == '.' && !point) {
                point = true;
                sawFraction = true;
            } else if (c == 'e' || c == 'E') {
                sawFraction = true;
                return slow();
            } else {
                return slow();
            }
        }
        if (!any) {
            return slow();
        }
        double v = mantissa;
        if (scale < 0) {
            if (-scale >= POW10.length || mantissa > (1L << 53)) {
                return slow();
            }
            v /= POW10[-scale];
        } else if (mantissa > (1L << 53)) {
            return slow();
        }
        return negative ? -v : v;
    }

    private double slow() {
        String t = text();
        if (t.indexOf('.') >= 0 || t.indexOf('e') >= 0 || t.indexOf('E') >= 0) {
            sawFraction = true;
        }
        return GdalNumbers.parse(t);
    }
}
