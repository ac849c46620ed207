package org.briefdesk.application.importing;

import java.io.Serializable;
import java.util.List;

/** What an import of past issues did, line by line. */
public record IssueImportReport(int total, int imported, int skipped, List<Line> lines) implements Serializable {

    /** One line: the issue as it names itself (海淀创城简报 2024年普刊第12期), imported or why not. */
    public record Line(long line, String issue, boolean imported, String reason) implements Serializable {}

    static IssueImportReport of(List<Line> lines) {
        int imported = (int) lines.stream().filter(Line::imported).count();
        return new IssueImportReport(lines.size(), imported, lines.size() - imported, lines);
    }
}
