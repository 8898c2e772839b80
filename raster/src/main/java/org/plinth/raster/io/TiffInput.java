package org.plinth.raster.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import org.plinth.raster.InvalidInputException;

/**
 * Positional reads and read-only mappings of a TIFF file that fail with one-sentence messages naming
 * the file. Safe to use from several threads at once ({@link FileChannel#read(ByteBuffer, long)} does
 * not move a shared position).
 */
final class TiffInput {
    private final FileChannel channel;
    private final String name;
    private final long size;
    /** False once mapping this file has failed. */
    private volatile boolean mappable = true;

    TiffInput(FileChannel channel, String name) throws IOException {
        this.channel = channel;
        this.name = name;
        this.size = channel.size();
    }

    String name() {
        return name;
    }

    long size() {
        return size;
    }

    /**
     * Maps {@code length} bytes at {@code position} read-only, in the file's byte order as set by the
     * caller; {@code what} names them in the error message. Returns null when the file cannot be mapped
     * (the caller then reads it), and from then on for this file. Release with {@link #unmap} when
     * done, so that the mapped pages leave the process at once rather than at a later garbage
     * collection; where the JDK's cleaner hook is missing (a runtime image without jdk.unsupported)
     * they stay mapped until the garbage collector unmaps them.
     */
    ByteBuffer map(long position, long length, String what) {
        check(position, length, what);
        if (!mappable) {
            return null;
        }
        try {
            return channel.map(FileChannel.MapMode.READ_ONLY, position, length);
        } catch (IOException | UnsupportedOperationException e) {
            // some file systems (FUSE and network mounts, non-default providers) refuse to map a file
            mappable = false;
            return null;
        }
    }

    /**
     * True when {@code e} is how the JVM reports a fault on a mapped page: the file shrank under a
     * mapping, which only another process can do while this one reads it.
     */
    static boolean isMappedPageFault(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InternalError && String.valueOf(t.getMessage()).contains("unsafe memory access")) {
                return true;
            }
        }
        return false;
    }

    /** Unmaps a buffer from {@link #map} (through the JDK's supported-for-libraries cleaner hook). */
    static void unmap(ByteBuffer mapped) {
        if (mapped != null && UNMAPPER != null) {
            try {
                UNMAPPER.invoke(UNSAFE, mapped);
            } catch (ReflectiveOperationException e) {
                // left to the garbage collector
            }
        }
    }

    private static final Object UNSAFE;
    private static final Method UNMAPPER;

    static {
        Object unsafe = null;
        Method unmapper = null;
        try {
            Class<?> c = Class.forName("sun.misc.Unsafe");
            Field f = c.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            unsafe = f.get(null);
            unmapper = c.getMethod("invokeCleaner", ByteBuffer.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            unsafe = null;
            unmapper = null;
        }
        UNSAFE = unsafe;
        UNMAPPER = unmapper;
    }

    /** Reads exactly {@code length} bytes at {@code position}; {@code what} names them in the error message. */
    byte[] read(long position, long length, String what) {
        check(position, length, what);
        byte[] bytes = new byte[(int) length];
        readInto(position, bytes, (int) length, what);
        return bytes;
    }

    /** Reads exactly {@code length} bytes at {@code position} into the start of {@code bytes}. */
    void readInto(long position, byte[] bytes, int length, String what) {
        check(position, length, what);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
        try {
            long pos = position;
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer, pos);
                if (n < 0) {
                    throw new InvalidInputException(name + ": file is truncated (" + what + " at byte " + position
                            + " ends past the end of the file)");
                }
                pos += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    private void check(long position, long length, String what) {
        if (position < 0 || length < 0 || position + length > size) {
            throw new InvalidInputException(name + ": file is truncated or corrupt (" + what + " at byte "
                    + position + " needs " + length + " bytes, the file has " + size + ")");
        }
        if (length > Integer.MAX_VALUE - 16) {
            throw new InvalidInputException(name + ": " + what + " of " + length + " bytes is too large to read");
        }
    }
}
