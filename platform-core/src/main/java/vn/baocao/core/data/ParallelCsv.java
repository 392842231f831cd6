package vn.baocao.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

/**
 * Reads a large CSV file on two threads: the file is split at a line break, a second thread reads
 * the part after it and resolves its rows (codes looked up, numbers read) into blocks, while the
 * calling thread reads the part before, staging its own rows and the other thread's blocks in the
 * store, which takes one writer. Two threads, not three, on a machine of two cores. Every check and
 * every place is the same as on one thread. A quoted field may hold line breaks, so the split is
 * checked: when the first part turns out to end inside quotes, everything is dropped and the file
 * read on one thread.
 */
final class ParallelCsv {
    /** Below this a file is read on one thread: the second would cost more than it saves. */
    static final long THRESHOLD = 32L << 20;
    private static final int BLOCK = 16_384;
    private static final int BLOCKS = 24;
    /** The share of the file the calling thread reads: it also stages what the other thread resolves. */
    private static final double OWN_SHARE = Double.parseDouble(System.getProperty("baocao.import.share", "0.4"));
    private static final int HEAD = 64 * 1024;

    private ParallelCsv() {}

    /**
     * Imports the file on two threads, or returns empty (having changed nothing) when it should be
     * read on one: a small file, one processor, a header that is not clean, a split inside quotes.
     */
    static Optional<ImportResult> tryImport(Path file, ValueStore store, Supplier<ValueSink> sinks) throws IOException {
        return tryImport(file, store, sinks, THRESHOLD);
    }

    /** As {@link #tryImport(Path, ValueStore, Supplier)}, splitting files of at least {@code threshold} bytes (for tests). */
    static Optional<ImportResult> tryImport(Path file, ValueStore store, Supplier<ValueSink> sinks, long threshold) throws IOException {
        // -Dbaocao.import.threads=1 reads on one thread, for measuring what the second brings
        if (Runtime.getRuntime().availableProcessors() < 2 || Integer.getInteger("baocao.import.threads", 2) < 2) return Optional.empty();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < threshold) return Optional.empty();
            ValueSink sink = sinks.get();
            byte[] head = new byte[HEAD];
            int headLength = channel.read(ByteBuffer.wrap(head), 0);
            CsvReader headerReader = new CsvReader(sink);
            int bodyStart = headerReader.readHeader(head, Math.max(0, headLength));
            if (bodyStart < 0) {
                store.abort();
                return Optional.empty();
            }
            // the calling thread stages every value besides reading its own part, so it takes the smaller part
            long split = lineBreakAfter(channel, bodyStart + (long) ((size - bodyStart) * OWN_SHARE));
            if (split < 0 || split <= bodyStart) {
                store.abort();
                return Optional.empty();
            }
            int[] columns = headerReader.columns();
            BlockingQueue<Block> full = new ArrayBlockingQueue<>(BLOCKS);
            BlockingQueue<Block> empty = new ArrayBlockingQueue<>(BLOCKS);
            for (int i = 0; i < BLOCKS; i++) empty.add(new Block());
            Worker worker = new Worker(sink, columns, headerReader.separator(), channel, split + 1, size, full, empty,
                    () -> {
                        try {
                            return 1 + (int) countLineBreaks(channel, 0, split + 1);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
            worker.start();
            Staging own = new Staging(sink, full, empty);
            CsvReader reader = CsvReader.body(sink, own, columns, headerReader.separator());
            try {
                reader.readBody(new RangeStream(channel, bodyStart, split + 1), 1 + headerReader.headerLines());
                own.drainUntilLast();
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } finally {
                worker.interrupt();
            }
            if (worker.failure != null) throw worker.failure;
            if (reader.stopped() && own.endedInQuotes) {
                // the split fell inside a quoted field: read the file as a whole instead
                store.abort();
                return Optional.empty();
            }
            sink.merge(worker.problems, worker.resolver == null ? 0 : worker.resolver.unlisted);
            return Optional.of(sink.finish());
        }
    }

    /**
     * The calling thread's rows: resolved and staged at once, and every so often the worker's
     * resolved blocks staged too, so that the worker never waits for room.
     */
    private static final class Staging implements CsvReader.Rows {
        private final ValueSink sink;
        private final BlockingQueue<Block> full;
        private final BlockingQueue<Block> empty;
        private final ValueSink.Resolved resolved = new ValueSink.Resolved();
        private int sinceDrain;
        boolean endedInQuotes;

        Staging(ValueSink sink, BlockingQueue<Block> full, BlockingQueue<Block> empty) {
            this.sink = sink;
            this.full = full;
            this.empty = empty;
        }

        @Override
        public void row(ValueSink.Row row) {
            sink.row(row);
            if (++sinceDrain == 4096) {
                sinceDrain = 0;
                Block block;
                while ((block = full.poll()) != null) {
                    if (stage(block)) lastSeen = true;
                }
            }
        }

        @Override
        public void problem(DataProblem problem) {
            endedInQuotes = problem.code().equals("data.unclosedQuote");
            sink.problem(problem);
        }

        private boolean lastSeen;

        /** Stages the worker's blocks until its last one. */
        void drainUntilLast() throws InterruptedException {
            while (!lastSeen) {
                lastSeen = stage(full.take());
            }
        }

        /** Stages a block and gives it back; true when it was the worker's last. */
        private boolean stage(Block block) {
            for (int i = 0; i < block.size; i++) {
                block.load(i, resolved);
                sink.stage(resolved, null);
            }
            boolean last = block.last;
            block.size = 0;
            block.last = false;
            empty.add(block);
            return last;
        }
    }

    /** The offset of the first line break at or after {@code from}, or -1. */
    private static long lineBreakAfter(FileChannel channel, long from) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        long position = from;
        while (true) {
            buffer.clear();
            int read = channel.read(buffer, position);
            if (read <= 0) return -1;
            for (int i = 0; i < read; i++) {
                if (buffer.get(i) == '\n') return position + i;
            }
            position += read;
        }
    }

    /** The line breaks in {@code [from, to)}: the first line number of what follows, less one. */
    private static long countLineBreaks(FileChannel channel, long from, long to) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 20).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        byte[] bytes = buffer.array();
        long count = 0;
        long position = from;
        while (position < to) {
            buffer.clear();
            buffer.limit((int) Math.min(bytes.length, to - position));
            int read = channel.read(buffer, position);
            if (read <= 0) break;
            int i = 0;
            // eight bytes at a time: the bytes equal to '\n' become zero, and the zero bytes are counted
            for (; i + 8 <= read; i += 8) {
                long x = buffer.getLong(i) ^ 0x0A0A0A0A0A0A0A0AL;
                long t = (x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL;
                count += Long.bitCount(~(t | x | 0x7F7F7F7F7F7F7F7FL));
            }
            for (; i < read; i++) {
                if (bytes[i] == '\n') count++;
            }
            position += read;
        }
        return count;
    }

    /** Resolved rows, handed from a worker to the staging thread. */
    private static final class Block {
        final int[] indicator = new int[BLOCK];
        final int[] unit = new int[BLOCK];
        final int[] period = new int[BLOCK];
        final int[] category = new int[BLOCK];
        final int[] line = new int[BLOCK];
        final long[] unscaled = new long[BLOCK];
        final byte[] scale = new byte[BLOCK];
        final String[] comment = new String[BLOCK];
        int size;
        /** The worker's last block. */
        boolean last;

        boolean add(ValueSink.Resolved r) {
            int i = size++;
            indicator[i] = r.indicator;
            unit[i] = r.unit;
            period[i] = r.period;
            category[i] = r.category;
            line[i] = r.line;
            unscaled[i] = r.unscaled;
            scale[i] = (byte) r.scale;
            comment[i] = r.comment;
            return size == BLOCK;
        }

        void load(int i, ValueSink.Resolved r) {
            r.indicator = indicator[i];
            r.unit = unit[i];
            r.period = period[i];
            r.category = category[i];
            r.line = line[i];
            r.unscaled = unscaled[i];
            r.scale = scale[i];
            r.comment = comment[i];
            comment[i] = null;
        }
    }

    /** Reads one part of the file, resolving its rows into blocks. */
    private static final class Worker extends Thread implements CsvReader.Rows {
        final List<DataProblem> problems = new ArrayList<>();
        /*
         * What the thread writes on every row is made by the thread itself, in its own allocation
         * buffer: made by the calling thread, it would share cache lines with what that one writes.
         */
        ValueSink.Resolver resolver;
        private CsvReader reader;
        private ValueSink.Resolved resolved;
        private final ValueSink sink;
        private final int[] columns;
        private final byte separator;
        private final FileChannel channel;
        private final long from;
        private final long to;
        private final BlockingQueue<Block> full;
        private final BlockingQueue<Block> empty;
        private final java.util.function.IntSupplier firstLine;
        private Block block;
        volatile IOException failure;

        Worker(ValueSink sink, int[] columns, byte separator, FileChannel channel, long from, long to, BlockingQueue<Block> full,
               BlockingQueue<Block> empty, java.util.function.IntSupplier firstLine) {
            super("baocao-csv-" + from);
            setDaemon(true);
            this.sink = sink;
            this.columns = columns;
            this.separator = separator;
            this.channel = channel;
            this.from = from;
            this.to = to;
            this.full = full;
            this.empty = empty;
            this.firstLine = firstLine;
        }

        @Override
        public void run() {
            try {
                resolver = sink.resolver(problems);
                reader = CsvReader.body(sink, this, columns, separator);
                resolved = new ValueSink.Resolved();
                block = empty.take();
                reader.readBody(new RangeStream(channel, from, to), firstLine.getAsInt());
            } catch (IOException e) {
                failure = e;
            } catch (java.io.UncheckedIOException e) {
                failure = e.getCause();
            } catch (InterruptedException e) {
                failure = new IOException("interrupted", e);
            } finally {
                try {
                    if (block == null) block = empty.take();
                    block.last = true;
                    full.put(block);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void row(ValueSink.Row row) {
            if (!resolver.resolve(row, resolved)) return;
            if (block.add(resolved)) {
                try {
                    full.put(block);
                    block = empty.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        }

        @Override
        public void problem(DataProblem problem) {
            if (problems.size() < ValueSink.MAX_LISTED) problems.add(problem);
            else resolver.unlisted++;
        }
    }

    /** A part of a file as a stream, read with positional reads so that two threads share the channel. */
    private static final class RangeStream extends InputStream {
        private final FileChannel channel;
        private long position;
        private final long end;

        RangeStream(FileChannel channel, long from, long to) {
            this.channel = channel;
            this.position = from;
            this.end = to;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (position >= end) return -1;
            int n = (int) Math.min(len, end - position);
            int read = channel.read(ByteBuffer.wrap(b, off, n), position);
            if (read <= 0) return -1;
            position += read;
            return read;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }
    }
}
