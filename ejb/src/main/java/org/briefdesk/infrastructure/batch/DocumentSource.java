package org.briefdesk.infrastructure.batch;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The files of a folder or a zip, in name order (so a restart finds file N where it was): each with
 * its path inside the source, its bytes on demand and its last-modified time. Zips written by Chinese
 * Windows name their entries in GBK, so a zip whose names are not UTF-8 is read as GB18030.
 */
final class DocumentSource implements Closeable {

    /** One entry larger than this is no report (and might be a zip bomb). */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    /** A file of the source. */
    record Entry(String path, Instant modified) {}

    private final Path root;
    private final ZipFile zip;
    private final List<Entry> entries = new ArrayList<>();

    DocumentSource(Path source) throws IOException {
        this.root = source;
        if (Files.isDirectory(source)) {
            zip = null;
            try (var walk = Files.walk(source)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String rel = source.relativize(p).toString().replace('\\', '/');
                    if (!hidden(rel)) {
                        entries.add(new Entry(rel, Files.getLastModifiedTime(p).toInstant()));
                    }
                }
            }
        } else {
            zip = openZip(source);
            List<Entry> found = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry z = e.nextElement();
                if (!z.isDirectory() && !hidden(z.getName())) {
                    found.add(new Entry(
                            z.getName(),
                            z.getLastModifiedTime() == null
                                    ? null
                                    : z.getLastModifiedTime().toInstant()));
                }
            }
            found.sort((a, b) -> a.path().compareTo(b.path()));
            entries.addAll(found);
        }
    }

    private static ZipFile openZip(Path source) throws IOException {
        try {
            ZipFile z = new ZipFile(source.toFile(), StandardCharsets.UTF_8);
            z.stream().forEach(ZipEntry::getName);
            return z;
        } catch (ZipException | IllegalArgumentException e) {
            return new ZipFile(source.toFile(), Charset.forName("GB18030"));
        }
    }

    /** Folders' bookkeeping files, not reports (macOS resource forks, Windows thumbnails, hidden files). */
    private static boolean hidden(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return path.startsWith("__MACOSX/")
                || name.startsWith(".")
                || name.startsWith("~$")
                || name.equalsIgnoreCase("Thumbs.db");
    }

    List<Entry> entries() {
        return entries;
    }

    /** The entry's bytes; null when it is larger than {@link #MAX_FILE_BYTES}. */
    byte[] read(Entry entry) throws IOException {
        try (InputStream in = zip == null
                ? Files.newInputStream(root.resolve(entry.path()))
                : zip.getInputStream(zip.getEntry(entry.path()))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > MAX_FILE_BYTES) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        }
    }
}
