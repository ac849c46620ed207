package org.briefdesk.application.importing;

import java.io.InputStream;
import org.briefdesk.domain.model.archive.ImportSourceKind;

/** Where the server keeps what it imports: uploaded copies, and the administrators' import directory. */
public interface ImportSources {

    /**
     * Copies an uploaded source (a JSONL file or a zip) to the server.
     *
     * @throws SourceTooLarge when it is longer than {@code maxBytes}; nothing is kept then
     */
    StoredSource store(String fileName, InputStream in, long maxBytes);

    /**
     * A file or folder inside the import directory (BRIEFDESK_IMPORT_DIR), named relative to it;
     * anything outside it, or missing, is refused in Chinese.
     */
    StoredSource onServer(String relativePath);

    /** The import directory, as the page names it to administrators. */
    String importDirectory();

    /** A source on the server: its name for people, its path for the job, and what it holds. */
    record StoredSource(String name, String path, ImportSourceKind kind) {}

    /** The source is longer than allowed; {@code maxBytes} is the limit. */
    final class SourceTooLarge extends RuntimeException {
        private final long maxBytes;

        public SourceTooLarge(long maxBytes) {
            super("导入文件超过" + (maxBytes / (1024 * 1024)) + " MB；更大的档案请放入服务器导入目录后按路径导入");
            this.maxBytes = maxBytes;
        }

        public long maxBytes() {
            return maxBytes;
        }
    }
}
