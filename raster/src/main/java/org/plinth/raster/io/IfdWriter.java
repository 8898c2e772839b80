package org.plinth.raster.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds one little-endian TIFF or BigTIFF image file directory: entries sorted by tag, values that
 * do not fit in an entry written after the entries at even offsets.
 */
final class IfdWriter {
    private record Entry(int type, long count, byte[] value) {
    }

    private final boolean big;
    private final Map<Integer, Entry> entries = new TreeMap<>();

    IfdWriter(boolean big) {
        this.big = big;
    }

    void shorts(int tag, int... values) {
        ByteBuffer b = buffer(values.length * 2);
        for (int v : values) {
            b.putShort((short) v);
        }
        entries.put(tag, new Entry(TiffTag.TYPE_SHORT, values.length, b.array()));
    }

    /** Unsigned 32-bit values (LONG), or LONG8 in a BigTIFF. */
    void offsets(int tag, long[] values) {
        ByteBuffer b = buffer(values.length * (big ? 8 : 4));
        for (long v : values) {
            if (big) {
                b.putLong(v);
            } else {
                b.putInt((int) v);
            }
        }
        entries.put(tag, new Entry(big ? TiffTag.TYPE_LONG8 : TiffTag.TYPE_LONG, values.length, b.array()));
    }

    void longs(int tag, long... values) {
        ByteBuffer b = buffer(values.length * 4);
        for (long v : values) {
            b.putInt((int) v);
        }
        entries.put(tag, new Entry(TiffTag.TYPE_LONG, values.length, b.array()));
    }

    void doubles(int tag, double... values) {
        ByteBuffer b = buffer(values.length * 8);
        for (double v : values) {
            b.putDouble(v);
        }
        entries.put(tag, new Entry(TiffTag.TYPE_DOUBLE, values.length, b.array()));
    }

    void ascii(int tag, String value) {
        byte[] s = (value + "\0").getBytes(StandardCharsets.ISO_8859_1);
        entries.put(tag, new Entry(TiffTag.TYPE_ASCII, s.length, s));
    }

    private int inlineSize() {
        return big ? 8 : 4;
    }

    /** Bytes the directory takes, entries and out-of-line values together. */
    long size() {
        long n = (big ? 8 : 2) + (long) entries.size() * (big ? 20 : 12) + (big ? 8 : 4);
        for (Entry e : entries.values()) {
            if (e.value.length > inlineSize()) {
                n += e.value.length + (e.value.length & 1);
            }
        }
        return n;
    }

    /** The directory's bytes when written at file offset {@code at}; it is the last directory. */
    byte[] toBytes(long at) {
        ByteBuffer b = buffer((int) size());
        long extra = at + (big ? 8 : 2) + (long) entries.size() * (big ? 20 : 12) + (big ? 8 : 4);
        if (big) {
            b.putLong(entries.size());
        } else {
            b.putShort((short) entries.size());
        }
        ByteBuffer values = b.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        values.position((int) (extra - at));
        for (Map.Entry<Integer, Entry> me : entries.entrySet()) {
            Entry e = me.getValue();
            b.putShort(me.getKey().shortValue());
            b.putShort((short) e.type);
            if (big) {
                b.putLong(e.count);
            } else {
                b.putInt((int) e.count);
            }
            if (e.value.length <= inlineSize()) {
                b.put(e.value);
                b.position(b.position() + inlineSize() - e.value.length);
            } else {
                long offset = at + values.position();
                if (big) {
                    b.putLong(offset);
                } else {
                    b.putInt((int) offset);
                }
                values.put(e.value);
                if ((e.value.length & 1) == 1) {
                    values.put((byte) 0);
                }
            }
        }
        return b.array();
    }

    private static ByteBuffer buffer(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }
}
