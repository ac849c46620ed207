package org.briefdesk.search;

import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.document.ItemFields;

/**
 * Feeds items from one iterator to {@code threads} workers that analyse and add them (analysis is
 * the cost; IndexWriter is thread-safe). The queue is bounded so memory stays flat for any size.
 */
final class BulkLoader {
    record Result(long done, long failed) {}

    interface Progress {
        void report(long done, long failed);
    }

    private static final ItemDocument POISON = ItemDocument.of("\u0000poison", "", "");
    static final int REPORT_EVERY = 1000;
    /**
     * RAM buffer while bulk loading: fewer, larger flushed segments mean less merging (Lucene's
     * inversion, flushes and merges were ~18% of the indexing CPU in the profile). Restored afterwards.
     */
    static final double BULK_RAM_BUFFER_MB = 256;

    private final DocumentBuilder builder;
    private final IndexWriter writer;
    private final int threads;

    BulkLoader(DocumentBuilder builder, IndexWriter writer, int threads) {
        this.builder = builder;
        this.writer = writer;
        this.threads = threads;
    }

    Result load(Iterator<ItemDocument> items, Progress progress) throws IOException {
        double ram = writer.getConfig().getRAMBufferSizeMB();
        writer.getConfig().setRAMBufferSizeMB(Math.max(ram, BULK_RAM_BUFFER_MB));
        try {
            return loadAll(items, progress);
        } finally {
            writer.getConfig().setRAMBufferSizeMB(ram);
        }
    }

    private Result loadAll(Iterator<ItemDocument> items, Progress progress) throws IOException {
        BlockingQueue<ItemDocument> q = new ArrayBlockingQueue<>(256);
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicReference<IOException> fatal = new AtomicReference<>();
        Thread[] ws = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            ws[i] = new Thread(
                    () -> {
                        try {
                            while (true) {
                                ItemDocument d = q.take();
                                if (d == POISON) return;
                                if (fatal.get() != null) continue;
                                try {
                                    writer.updateDocument(
                                            new Term(ItemFields.ID, d.id()),
                                            builder.build(d).document());
                                    long n = done.incrementAndGet();
                                    if (n % REPORT_EVERY == 0) progress.report(n, failed.get());
                                } catch (IOException e) {
                                    fatal.compareAndSet(null, e);
                                } catch (RuntimeException e) {
                                    failed.incrementAndGet();
                                }
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    },
                    "briefdesk-bulk-" + i);
            ws[i].setDaemon(true);
            ws[i].start();
        }
        try {
            while (items.hasNext() && fatal.get() == null) {
                q.put(items.next());
            }
            for (int i = 0; i < threads; i++) q.put(POISON);
            for (Thread w : ws) w.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (fatal.get() != null) throw fatal.get();
        return new Result(done.get(), failed.get());
    }
}
