package org.briefdesk.search.tools.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;
import org.briefdesk.search.document.ItemDocument;

/**
 * Reads items from JSON lines: {"id","title","body"} plus optional unit, date (ISO), column.
 * A bad line (invalid UTF-8 or JSON, missing id/body, bad date, longer than {@link #MAX_LINE_BYTES})
 * is reported with its 1-based line number and skipped; it never stops the import.
 */
final class JsonlReader implements Iterator<ItemDocument> {
    /** Longest accepted line: real reports are far below; a 10 MB body is a mistake, not a report. */
    static final int MAX_LINE_BYTES = 4 << 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final InputStream in;
    private final BiConsumer<Long, String> onError;
    private long lineNo;
    private long skipped;
    private ItemDocument next;
    private boolean eof;

    JsonlReader(InputStream in, BiConsumer<Long, String> onError) {
        this.in = in;
        this.onError = onError;
    }

    long skipped() {
        return skipped;
    }

    long lines() {
        return lineNo;
    }

    @Override
    public boolean hasNext() {
        try {
            while (next == null && !eof) {
                byte[] line = readLine();
                if (line == null) {
                    eof = true;
                    break;
                }
                if (line == TOO_LONG) {
                    error("line longer than " + (MAX_LINE_BYTES >> 20) + " MiB");
                    continue;
                }
                if (line.length == 0 || isBlank(line)) {
                    continue;
                }
                next = parse(line);
            }
            return next != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ItemDocument next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ItemDocument d = next;
        next = null;
        return d;
    }

    private ItemDocument parse(byte[] line) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line))
                    .toString();
        } catch (CharacterCodingException e) {
            return error("invalid UTF-8");
        }
        JsonNode n;
        try {
            n = JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return error("invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return error("invalid JSON");
        }
        if (n == null || !n.isObject()) {
            return error("not a JSON object");
        }
        JsonNode id = n.get("id");
        if (id == null
                || id.isNull()
                || !(id.isTextual() || id.isIntegralNumber())
                || id.asText().isBlank()) {
            return error("missing id");
        }
        JsonNode body = n.get("body");
        if (body == null || !body.isTextual() || body.asText().isBlank()) {
            return error("missing body");
        }
        ItemDocument.Builder b =
                ItemDocument.builder(id.asText()).body(body.asText()).title(text(n, "title"));
        b.unit(text(n, "unit"));
        String date = text(n, "date");
        if (date != null && !date.isBlank()) {
            try {
                b.date(LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date));
            } catch (DateTimeParseException e) {
                return error("invalid date '" + date + "' (expected ISO yyyy-MM-dd)");
            }
        }
        JsonNode col = n.get("column");
        if (col != null && !col.isNull()) {
            List<String> cols = new ArrayList<>();
            if (col.isArray()) {
                col.forEach(c -> cols.add(c.asText()));
            } else {
                cols.add(col.asText());
            }
            b.columns(cols);
        }
        return b.build();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private ItemDocument error(String message) {
        skipped++;
        onError.accept(lineNo, message);
        return null;
    }

    private static final byte[] TOO_LONG = new byte[0];

    /** Next line without its terminator; {@link #TOO_LONG} when over the limit; null at the end. */
    private byte[] readLine() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(2048);
        boolean tooLong = false;
        int c;
        boolean any = false;
        while ((c = in.read()) != -1) {
            any = true;
            if (c == '\n') {
                break;
            }
            if (!tooLong) {
                buf.write(c);
                if (buf.size() > MAX_LINE_BYTES) {
                    tooLong = true;
                    buf = new ByteArrayOutputStream(0); // stop buffering: skip to the end of the line
                }
            }
        }
        if (!any) {
            return null;
        }
        lineNo++;
        if (tooLong) {
            return TOO_LONG;
        }
        byte[] b = buf.toByteArray();
        int len = b.length;
        if (len > 0 && b[len - 1] == '\r') {
            len--;
        }
        if (lineNo == 1 && len >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            byte[] s = new byte[len - 3];
            System.arraycopy(b, 3, s, 0, s.length);
            return s;
        }
        if (len != b.length) {
            byte[] s = new byte[len];
            System.arraycopy(b, 0, s, 0, len);
            return s;
        }
        return b.length == 0 ? new byte[0] : b;
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) {
            if (x != ' ' && x != '\t' && x != '\r') return false;
        }
        return true;
    }
}
