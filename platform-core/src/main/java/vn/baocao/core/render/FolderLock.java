package vn.baocao.core.render;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One run at a time writes into an output folder, across processes and threads: a second run
 * waits until the first has put its files in place. The lock file lies with the system's temporary
 * files, named after the folder, so that the folder holds nothing but the reports.
 */
final class FolderLock implements AutoCloseable {
    /** A file lock is held by the whole process, so threads of one process also queue here. */
    private static final ConcurrentHashMap<String, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    static FolderLock acquire(Path folder) throws IOException {
        String key = key(folder.toRealPath().toString());
        ReentrantLock local = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        local.lock();
        FileChannel channel = null;
        try {
            Path file = Path.of(System.getProperty("java.io.tmpdir")).resolve("baocao-output-" + key + ".lock");
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new FolderLock(local, channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            if (channel != null) channel.close();
            local.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            local.unlock();
        }
    }

    private static String key(String folder) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(folder.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
