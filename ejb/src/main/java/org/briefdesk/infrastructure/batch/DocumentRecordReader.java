package org.briefdesk.infrastructure.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefdesk.application.item.DocumentReader;
import org.briefdesk.application.item.ImportedText;
import org.briefdesk.domain.model.archive.SkipReason;
import org.briefdesk.domain.model.archive.SourcePlace;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;

/**
 * Reads a folder or zip of .docx/.doc/.pdf/.txt files, one item per file, with the item form's own
 * document reader. The unit is the file's top folder (学院路街道/2024-03-05 垃圾分类.docx), or what the
 * mapping file 单位对照.csv (lines "folder,unit") says for it; the date is the one in the file name,
 * else the dateline in the text (2024年3月5日), else the file's last-modified date. A text file in
 * GBK is converted; a damaged, empty or unsupported file is reported and skipped.
 */
@Named
@Dependent
public class DocumentRecordReader extends AbstractItemReader {

    static final String MAPPING = "单位对照.csv";
    private static final Set<String> DOCUMENTS = Set.of("docx", "doc", "pdf", "txt");

    @Inject
    JobContext job;

    @Inject
    ImportLedger ledger;

    @Inject
    DocumentReader documents;

    private DocumentSource source;
    private List<DocumentSource.Entry> entries;
    private final Map<String, String> unitOfFolder = new HashMap<>();
    private int next;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        long runId = ImportJobProperties.runId(job);
        ImportLedger.RunSource run = ledger.source(runId);
        source = new DocumentSource(Path.of(run.path()));
        entries =
                source.entries().stream().filter(e -> !e.path().equals(MAPPING)).toList();
        source.entries().stream()
                .filter(e -> e.path().equals(MAPPING))
                .findFirst()
                .ifPresent(this::readMapping);
        if (run.total() == null) {
            ledger.counted(runId, entries.size());
        }
        next = (int) run.position();
    }

    private void readMapping(DocumentSource.Entry e) {
        try {
            byte[] bytes = source.read(e);
            for (String line : text(bytes).orElse("").split("\\R")) {
                String[] f = line.split("[,，\t]", 2);
                if (f.length == 2 && !f[0].isBlank() && !f[1].isBlank()) {
                    unitOfFolder.put(f[0].strip(), f[1].strip());
                }
            }
        } catch (IOException ex) {
            throw new IllegalStateException("单位对照文件无法读取：" + ex.getMessage(), ex);
        }
    }

    @Override
    public Object readItem() throws IOException {
        if (next >= entries.size()) {
            return null;
        }
        DocumentSource.Entry e = entries.get(next++);
        return record(new SourcePlace(next, e.path()), e);
    }

    private SourceRecord record(SourcePlace place, DocumentSource.Entry e) throws IOException {
        String ext = DocumentSource.extension(e.path());
        if (!DOCUMENTS.contains(ext)) {
            return SourceRecord.unreadable(place, SkipReason.UNREADABLE, "不支持的文件类型（只导入 .docx .doc .pdf .txt）");
        }
        byte[] bytes = source.read(e);
        if (bytes == null) {
            return SourceRecord.unreadable(place, SkipReason.UNREADABLE, "文件超过50 MB");
        }
        if (bytes.length == 0) {
            return SourceRecord.unreadable(place, SkipReason.UNREADABLE, "文件是空的");
        }
        if (ext.equals("txt")) {
            Optional<String> text = text(bytes);
            if (text.isEmpty()) {
                return SourceRecord.unreadable(place, SkipReason.UNREADABLE, "文本文件既不是UTF-8也不是GBK编码");
            }
            bytes = text.get().getBytes(StandardCharsets.UTF_8);
        }
        ImportedText read;
        try {
            read = documents.read(bytes);
        } catch (BusinessRuleViolation ex) {
            return SourceRecord.unreadable(place, SkipReason.UNREADABLE, ex.getMessage());
        }
        String unit = unit(e.path());
        String date = dateOf(e, read).map(LocalDate::toString).orElse(null);
        return new SourceRecord(place, read.title(), null, read.bodyHtml(), unit, date, null, null, null, null, null);
    }

    /** The top folder's name, or what the mapping file says for the folder or the file. */
    private String unit(String path) {
        String mapped = unitOfFolder.get(path);
        if (mapped != null) {
            return mapped;
        }
        int slash = path.indexOf('/');
        String folder = slash < 0 ? "" : path.substring(0, slash);
        return unitOfFolder.getOrDefault(folder, folder.isEmpty() ? null : folder);
    }

    private static Optional<LocalDate> dateOf(DocumentSource.Entry e, ImportedText read) {
        String name = e.path().substring(e.path().lastIndexOf('/') + 1);
        Optional<LocalDate> inName = ArchiveDates.inName(name);
        if (inName.isPresent()) {
            return inName;
        }
        Optional<LocalDate> inText = ArchiveDates.inText(read.title() + "\n" + read.bodyHtml());
        if (inText.isPresent()) {
            return inText;
        }
        return Optional.ofNullable(e.modified()).map(t -> LocalDate.ofInstant(t, DistrictTime.ZONE));
    }

    /** The text of a file in UTF-8 (with or without BOM) or else GBK; empty when it is neither. */
    static Optional<String> text(byte[] bytes) {
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            try {
                String s = cs.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
                return Optional.of(s.startsWith("\uFEFF") ? s.substring(1) : s);
            } catch (CharacterCodingException ignored) {
                // try the next encoding
            }
        }
        return Optional.empty();
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }

    @Override
    public void close() throws IOException {
        if (source != null) {
            source.close();
        }
    }
}
