package org.briefdesk.application.unit;

import java.io.Serializable;
import java.util.List;

/**
 * What an import of the unit network would do (or did), row by row: 新增, 修改 (with what changes),
 * 不变, or an error in Chinese. Rows with errors are skipped; the others are imported.
 */
public record ImportPreview(List<RowResult> rows) implements Serializable {

    /** What happens to one row. */
    public enum Change {
        NEW("新增"),
        CHANGED("修改"),
        UNCHANGED("不变"),
        ERROR("错误");

        private final String label;

        Change(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    /** One row's outcome; {@code what} names the unit or the officer's login. */
    public record RowResult(String sheet, int row, String what, Change change, String message)
            implements Serializable {}

    public long count(Change change) {
        return rows.stream().filter(r -> r.change() == change).count();
    }

    public boolean hasChanges() {
        return count(Change.NEW) + count(Change.CHANGED) > 0;
    }
}
