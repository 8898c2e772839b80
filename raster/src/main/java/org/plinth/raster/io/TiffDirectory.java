package org.plinth.raster.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.plinth.raster.InvalidInputException;

/**
 * The header and first image file directory (IFD) of a classic TIFF or BigTIFF file, with typed
 * access to its fields. Later IFDs (overviews, masks) are ignored.
 *
 * <p>Reference: TIFF 6.0 section 2; BigTIFF (version 43, 8-byte offsets, 20-byte entries).
 */
final class TiffDirectory {
    /** Upper bound on one field's value count, so a corrupt count cannot make us allocate gigabytes. */
    private static final long MAX_FIELD_BYTES = 1L << 30;

    private final String name;
    private final ByteOrder order;
    private final boolean bigTiff;
    private final Map<Integer, Object> values;

    private TiffDirectory(String name, ByteOrder order, boolean bigTiff, Map<Integer, Object> values) {
        this.name = name;
        this.order = order;
        this.bigTiff = bigTiff;
        this.values = values;
    }

    /** Reads the header and first IFD; throws {@link InvalidInputException} if the file is not a TIFF. */
    static TiffDirectory read(TiffInput in) {
        if (in.size() < 8) {
            throw new InvalidInputException(in.name() + ": not a TIFF file (only " + in.size() + " bytes)");
        }
        byte[] head = in.read(0, Math.min(16, in.size()), "the header");
        ByteOrder order = byteOrder(in.name(), head);
        ByteBuffer h = ByteBuffer.wrap(head).order(order);
        int version = h.getShort(2) & 0xFFFF;
        boolean big;
        long ifdOffset;
        if (version == 42) {
            big = false;
            ifdOffset = h.getInt(4) & 0xFFFFFFFFL;
        } else if (version == 43) {
            if (head.length < 16 || h.getShort(4) != 8) {
                throw new InvalidInputException(in.name() + ": not a valid BigTIFF file (bad header)");
            }
            big = true;
            ifdOffset = h.getLong(8);
        } else {
            throw new InvalidInputException(in.name() + ": not a TIFF file (version " + version + " in the header)");
        }
        if (ifdOffset <= 0 || ifdOffset >= in.size()) {
            throw new InvalidInputException(in.name() + ": file is truncated or corrupt (first directory offset "
                    + ifdOffset + ", the file has " + in.size() + " bytes)");
        }
        return new TiffDirectory(in.name(), order, big, readFields(in, order, big, ifdOffset));
    }

    private static ByteOrder byteOrder(String name, byte[] head) {
        if (head[0] == 'I' && head[1] == 'I') {
            return ByteOrder.LITTLE_ENDIAN;
        }
        if (head[0] == 'M' && head[1] == 'M') {
            return ByteOrder.BIG_ENDIAN;
        }
        throw new InvalidInputException(name + ": not a TIFF file (no II or MM byte-order mark)");
    }

    private static Map<Integer, Object> readFields(TiffInput in, ByteOrder order, boolean big, long ifdOffset) {
        int countSize = big ? 8 : 2;
        ByteBuffer c = ByteBuffer.wrap(in.read(ifdOffset, countSize, "the directory")).order(order);
        long count = big ? c.getLong(0) : c.getShort(0) & 0xFFFF;
        int entrySize = big ? 20 : 12;
        if (count <= 0 || count > 4096) {
            throw new InvalidInputException(in.name() + ": corrupt TIFF directory (" + count + " entries)");
        }
        ByteBuffer e = ByteBuffer.wrap(in.read(ifdOffset + countSize, count * entrySize, "the directory"))
                .order(order);
        Map<Integer, Object> fields = new HashMap<>();
        for (int i = 0; i < count; i++) {
            int base = i * entrySize;
            int tag = e.getShort(base) & 0xFFFF;
            int type = e.getShort(base + 2) & 0xFFFF;
            long n = big ? e.getLong(base + 4) : e.getInt(base + 4) & 0xFFFFFFFFL;
            int size = TiffTag.typeSize(type);
            if (size == 0 || n == 0) {
                continue;
            }
            long bytes = n * size;
            if (n < 0 || bytes > MAX_FIELD_BYTES) {
                throw new InvalidInputException(in.name() + ": corrupt TIFF directory (" + TiffTag.name(tag)
                        + " has " + n + " values)");
            }
            int inline = big ? 8 : 4;
            int valueAt = base + (big ? 12 : 8);
            ByteBuffer v;
            if (bytes <= inline) {
                v = e.duplicate().order(order).position(valueAt).slice().order(order);
            } else {
                long offset = big ? e.getLong(valueAt) : e.getInt(valueAt) & 0xFFFFFFFFL;
                v = ByteBuffer.wrap(in.read(offset, bytes, TiffTag.name(tag))).order(order);
            }
            fields.put(tag, decode(type, (int) n, v));
        }
        return fields;
    }

    private static Object decode(int type, int n, ByteBuffer v) {
        switch (type) {
            case TiffTag.TYPE_ASCII:
            case TiffTag.TYPE_UNDEFINED: {
                byte[] b = new byte[n];
                v.get(0, b);
                return b;
            }
            case TiffTag.TYPE_FLOAT:
            case TiffTag.TYPE_DOUBLE:
            case TiffTag.TYPE_RATIONAL:
            case TiffTag.TYPE_SRATIONAL: {
                double[] d = new double[n];
                for (int i = 0; i < n; i++) {
                    d[i] = switch (type) {
                        case TiffTag.TYPE_FLOAT -> v.getFloat(i * 4);
                        case TiffTag.TYPE_DOUBLE -> v.getDouble(i * 8);
                        case TiffTag.TYPE_RATIONAL -> (v.getInt(i * 8) & 0xFFFFFFFFL)
                                / (double) (v.getInt(i * 8 + 4) & 0xFFFFFFFFL);
                        default -> v.getInt(i * 8) / (double) v.getInt(i * 8 + 4);
                    };
                }
                return d;
            }
            default: {
                long[] l = new long[n];
                for (int i = 0; i < n; i++) {
                    l[i] = switch (type) {
                        case TiffTag.TYPE_BYTE -> v.get(i) & 0xFF;
                        case TiffTag.TYPE_SBYTE -> v.get(i);
                        case TiffTag.TYPE_SHORT -> v.getShort(i * 2) & 0xFFFF;
                        case TiffTag.TYPE_SSHORT -> v.getShort(i * 2);
                        case TiffTag.TYPE_LONG, TiffTag.TYPE_IFD -> v.getInt(i * 4) & 0xFFFFFFFFL;
                        case TiffTag.TYPE_SLONG -> v.getInt(i * 4);
                        default -> v.getLong(i * 8);
                    };
                }
                return l;
            }
        }
    }

    String name() {
        return name;
    }

    ByteOrder byteOrder() {
        return order;
    }

    boolean isBigTiff() {
        return bigTiff;
    }

    boolean has(int tag) {
        return values.containsKey(tag);
    }

    /** Integer values of a field, or null when absent. */
    long[] longs(int tag) {
        Object v = values.get(tag);
        if (v == null) {
            return null;
        }
        if (v instanceof long[] l) {
            return l;
        }
        throw new InvalidInputException(name + ": " + TiffTag.name(tag) + " has a non-integer field type");
    }

    /** Integer values of a required field. */
    long[] requiredLongs(int tag) {
        long[] l = longs(tag);
        if (l == null) {
            throw new InvalidInputException(name + ": missing required TIFF tag " + TiffTag.name(tag) + " (" + tag + ")");
        }
        return l;
    }

    /** First value of a field, or {@code fallback} when absent. */
    long longValue(int tag, long fallback) {
        long[] l = longs(tag);
        return l == null ? fallback : l[0];
    }

    /** First value of a required field. */
    long requiredLong(int tag) {
        return requiredLongs(tag)[0];
    }

    /** Numeric values of a field as doubles (any numeric type), or null when absent. */
    double[] doubles(int tag) {
        Object v = values.get(tag);
        if (v == null) {
            return null;
        }
        if (v instanceof double[] d) {
            return d;
        }
        if (v instanceof long[] l) {
            double[] d = new double[l.length];
            for (int i = 0; i < l.length; i++) {
                d[i] = l[i];
            }
            return d;
        }
        throw new InvalidInputException(name + ": " + TiffTag.name(tag) + " has a non-numeric field type");
    }

    /** An ASCII field without its trailing NULs, or null when absent. */
    String ascii(int tag) {
        Object v = values.get(tag);
        if (!(v instanceof byte[] b)) {
            return null;
        }
        int end = b.length;
        while (end > 0 && b[end - 1] == 0) {
            end--;
        }
        return new String(b, 0, end, StandardCharsets.ISO_8859_1);
    }
}
