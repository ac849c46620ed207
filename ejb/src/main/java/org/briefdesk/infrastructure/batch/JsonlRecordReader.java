package org.briefdesk.infrastructure.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.briefdesk.domain.model.archive.SkipReason;
import org.briefdesk.domain.model.archive.SourcePlace;

/**
 * Reads a JSONL archive, one {"title","body"[,"unit","date","column","key","adopted"]} per line.
 * It resumes after the line the run's position says was last written (committed with the chunk),
 * so a restart after a stop or a crash neither skips nor repeats a line. Blank lines are no records.
 */
@Named
@Dependent
public class JsonlRecordReader extends AbstractItemReader {

    /** A longer line is no item (an item's body is at most 50,000 characters). */
    private static final int MAX_LINE = 400_000;

    /**
     * One factory for every line: {@code Json.createReader} looks the JSON provider up through the
     * service loader each time, half of this reader's time in the import profile.
     */
    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

    @Inject
    JobContext job;

    @Inject
    ImportLedger ledger;

    private BufferedReader in;
    private long line;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        long runId = ImportJobProperties.runId(job);
        ImportLedger.RunSource source = ledger.source(runId);
        Path path = Path.of(source.path());
        if (source.total() == null) {
            ledger.counted(runId, countRecords(path));
        }
        in = open(path);
        for (line = 0; line < source.position() && in.readLine() != null; line++) {
            // skip what earlier executions committed
        }
    }

    /** A reader that turns bytes that are not UTF-8 into U+FFFD, so such a line is reported, not fatal. */
    private static BufferedReader open(Path path) throws IOException {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder), 1 << 16);
    }

    private static long countRecords(Path path) throws IOException {
        long n = 0;
        try (BufferedReader r = open(path)) {
            for (String s; (s = r.readLine()) != null; ) {
                if (!s.isBlank()) {
                    n++;
                }
            }
        }
        return n;
    }

    @Override
    public Object readItem() throws IOException {
        for (String s; (s = in.readLine()) != null; ) {
            line++;
            if (!s.isBlank()) {
                return parse(line, s);
            }
        }
        return null;
    }

    static SourceRecord parse(long line, String text) {
        SourcePlace place = new SourcePlace(line, "第" + line + "行");
        String s = line == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (s.indexOf('\uFFFD') >= 0) {
            return SourceRecord.unreadable(place, SkipReason.UNREADABLE, "该行不是UTF-8编码的文本（请将文件另存为UTF-8）");
        }
        if (s.length() > MAX_LINE) {
            return SourceRecord.unreadable(place, SkipReason.INVALID, "该行超过" + MAX_LINE + "个字符");
        }
        JsonObject o;
        try (JsonReader r = JSON.createReader(new StringReader(s))) {
            JsonValue v = r.readValue();
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                return SourceRecord.unreadable(place, SkipReason.MALFORMED, "该行不是JSON对象（应如 {\"title\":…,\"body\":…}）");
            }
            o = v.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            return SourceRecord.unreadable(place, SkipReason.MALFORMED, "该行不是有效的JSON");
        }
        try {
            return new SourceRecord(
                    place,
                    text(o, "title"),
                    text(o, "body"),
                    null,
                    text(o, "unit"),
                    text(o, "date"),
                    text(o, "column"),
                    key(o),
                    flag(o, "adopted"),
                    null,
                    null);
        } catch (FieldTypeException e) {
            return new SourceRecord(
                    place, null, null, null, null, null, null, null, null, SkipReason.MALFORMED, e.getMessage());
        }
    }

    private static String text(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonString js) {
            return js.getString();
        }
        throw new FieldTypeException("“" + field + "”应为文字");
    }

    /** A key may be a number in some exports (an old database id). */
    private static String key(JsonObject o) {
        JsonValue v = o.get("key");
        if (v != null && v.getValueType() == JsonValue.ValueType.NUMBER) {
            return v.toString();
        }
        return text(o, "key");
    }

    private static Boolean flag(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return v == JsonValue.TRUE;
        }
        throw new FieldTypeException("“" + field + "”应为 true 或 false");
    }

    private static final class FieldTypeException extends RuntimeException {
        FieldTypeException(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return line;
    }

    @Override
    public void close() throws IOException {
        if (in != null) {
            in.close();
        }
    }
}
