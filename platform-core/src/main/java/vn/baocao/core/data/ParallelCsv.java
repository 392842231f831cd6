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
 * Reads a large CSV file on two threads: the file is split at a line break near its middle, each
 * half read and its rows resolved (codes looked up, numbers read) on a thread of its own, while the
 * calling thread stages the resolved values in the store in blocks. Every check and every place is
 * the same as on one thread. A quoted field may hold line breaks, so the split is checked: when the
 * first half turns out to end inside quotes, everything is dropped and the file read on one thread.
 */
final class ParallelCsv {
    /** Below this a file is read on one thread: the second would cost more than it saves. */
    static final long THRESHOLD = 32L << 20;
    private static final int BLOCK = 16_384;
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
            long split = lineBreakAfter(channel, size / 2);
            if (split < 0 || split <= bodyStart) {
                store.abort();
                return Optional.empty();
            }
            int[] columns = headerReader.columns();
            BlockingQueue<Block> full = new ArrayBlockingQueue<>(8);
            BlockingQueue<Block> empty = new ArrayBlockingQueue<>(12);
            for (int i = 0; i < 12; i++) empty.add(new Block());
            Worker first = new Worker(sink, columns, channel, bodyStart, split + 1, full, empty, () -> 2);
            Worker second = new Worker(sink, columns, channel, split + 1, size, full, empty,
                    () -> {
                        try {
                            return 1 + (int) countLineBreaks(channel, 0, split + 1);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
            first.start();
            second.start();
            int done = 0;
            ValueSink.Resolved resolved = new ValueSink.Resolved();
            try {
                while (done < 2) {
                    Block block = full.take();
                    if (block.last) {
                        done++;
                        block.last = false;
                    }
                    for (int i = 0; i < block.size; i++) {
                        block.load(i, resolved);
                        sink.stage(resolved, null);
                    }
                    block.size = 0;
                    empty.put(block);
                }
                first.join();
                second.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            if (first.failure != null) throw first.failure;
            if (second.failure != null) throw second.failure;
            if (first.reader.stopped() && first.endedInQuotes()) {
                // the split fell inside a quoted field: read the file as a whole instead
                store.abort();
                return Optional.empty();
            }
            List<DataProblem> problems = new ArrayList<>(first.problems);
            problems.addAll(second.problems);
            sink.merge(problems, first.resolver.unlisted + second.resolver.unlisted);
            return Optional.of(sink.finish());
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
        ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
        byte[] bytes = buffer.array();
        long count = 0;
        long position = from;
        while (position < to) {
            buffer.clear();
            buffer.limit((int) Math.min(bytes.length, to - position));
            int read = channel.read(buffer, position);
            if (read <= 0) break;
            for (int i = 0; i < read; i++) {
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
        final ValueSink.Resolver resolver;
        final CsvReader reader;
        private final FileChannel channel;
        private final long from;
        private final long to;
        private final BlockingQueue<Block> full;
        private final BlockingQueue<Block> empty;
        private final java.util.function.IntSupplier firstLine;
        private final ValueSink.Resolved resolved = new ValueSink.Resolved();
        private Block block;
        volatile IOException failure;

        Worker(ValueSink sink, int[] columns, FileChannel channel, long from, long to, BlockingQueue<Block> full,
               BlockingQueue<Block> empty, java.util.function.IntSupplier firstLine) {
            super("baocao-csv-" + from);
            setDaemon(true);
            this.resolver = sink.resolver(problems);
            this.reader = CsvReader.body(sink, this, columns);
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

        /** Whether the part ended inside a quoted field (its last problem is an unclosed quote). */
        boolean endedInQuotes() {
            return !problems.isEmpty() && problems.get(problems.size() - 1).code().equals("data.unclosedQuote");
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
