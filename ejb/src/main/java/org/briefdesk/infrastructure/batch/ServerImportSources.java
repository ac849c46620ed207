package org.briefdesk.infrastructure.batch;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.briefdesk.application.importing.ImportSources;
import org.briefdesk.domain.model.archive.ImportSourceKind;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.infrastructure.Settings;

/**
 * Uploaded sources are copied under BRIEFDESK_SHARED_DIR/imports (the job may run for an hour and be
 * restarted after a crash, perhaps on another server of a cluster, so it reads a file of its own,
 * never the request); large archives are put by the administrator into the import directory
 * BRIEFDESK_IMPORT_DIR (default BRIEFDESK_SHARED_DIR/import) and named relative to it. Nothing outside that directory can be named.
 */
@ApplicationScoped
public class ServerImportSources implements ImportSources {

    @Override
    public StoredSource store(String fileName, InputStream in, long maxBytes) {
        String name = displayName(fileName);
        Path dir = Settings.sharedDir().resolve("imports");
        Path target = dir.resolve(UUID.randomUUID() + extension(name));
        try {
            Files.createDirectories(dir);
            long copied = 0;
            byte[] buffer = new byte[1 << 16];
            try (OutputStream out = Files.newOutputStream(target)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    copied += n;
                    if (copied > maxBytes) {
                        throw new SourceTooLarge(maxBytes);
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (copied == 0) {
                throw new BusinessRuleViolation("source", "导入文件是空的");
            }
        } catch (IOException e) {
            deleteQuietly(target);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(target);
            throw e;
        }
        return new StoredSource(name, target.toString(), kindOf(target, name));
    }

    @Override
    public StoredSource onServer(String relativePath) {
        if (relativePath == null || relativePath.isBlank()) {
            throw new BusinessRuleViolation("path", "请填写导入目录中的文件或文件夹名");
        }
        Path root = importDir();
        try {
            Path base = root.toRealPath();
            Path asked = base.resolve(relativePath.strip()).normalize();
            if (!asked.startsWith(base) || !Files.exists(asked)) {
                throw new BusinessRuleViolation("path", "服务器导入目录（" + root + "）中没有“" + relativePath.strip() + "”");
            }
            Path real = asked.toRealPath();
            if (!real.startsWith(base)) {
                throw new BusinessRuleViolation("path", "只能导入服务器导入目录（" + root + "）中的文件");
            }
            return new StoredSource(base.relativize(real).toString(), real.toString(), kindOf(real, real.toString()));
        } catch (IOException e) {
            throw new BusinessRuleViolation("path", "服务器导入目录（" + root + "）不存在或无法读取");
        }
    }

    @Override
    public String importDirectory() {
        return importDir().toString();
    }

    private static Path importDir() {
        return Path.of(Settings.get(
                "briefdesk.import.dir",
                "BRIEFDESK_IMPORT_DIR",
                Settings.sharedDir().resolve("import").toString()));
    }

    private static ImportSourceKind kindOf(Path path, String name) {
        return Files.isDirectory(path) || name.toLowerCase(Locale.ROOT).endsWith(".zip")
                ? ImportSourceKind.FILES
                : ImportSourceKind.JSONL;
    }

    /** The file name without any folder a browser or script sent along. */
    private static String displayName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "上传的导入文件.jsonl";
        }
        String n = fileName.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1).strip();
    }

    private static String extension(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip") ? ".zip" : ".jsonl";
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover partial copy under imports/ does no harm
        }
    }
}
