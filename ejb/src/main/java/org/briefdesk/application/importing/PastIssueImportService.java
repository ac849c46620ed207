package org.briefdesk.application.importing;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.briefdesk.application.access.Actor;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.shared.BusinessRuleViolation;

/**
 * Past briefing issues (往期简报) from the office's archive, one JSON object per line:
 * {"title":"海淀创城简报","kind":"普刊","number":12,"total":128,"date":"2024-03-05",
 * "entries":["原系统编号", {"key":"…","column":"典型案例"}]}, the entries naming items imported
 * before by their key. Each becomes a published issue with its number, so the title's numbering
 * continues after it, and its entries are adopted by the briefing, so they count in scoring. Each
 * line is its own transaction: a bad line is reported and skipped, and a line imported before is
 * recognised by its number and skipped.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PastIssueImportService {

    /** Past issues of one office are hundreds, not millions: the import runs while the caller waits. */
    public static final int MAX_LINES = 5_000;

    @Inject
    PastIssueWriter writer;

    public IssueImportReport importIssues(Actor actor, InputStream jsonl) {
        actor.require(Role.ADMIN);
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<IssueImportReport.Line> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(jsonl, decoder))) {
            long n = 0;
            for (String s; (s = in.readLine()) != null; ) {
                n++;
                if (s.isBlank()) {
                    continue;
                }
                if (lines.size() >= MAX_LINES) {
                    throw new BusinessRuleViolation("body", "一次最多导入" + MAX_LINES + "期简报");
                }
                lines.add(writer.importLine(actor, n, n == 1 && s.startsWith("\uFEFF") ? s.substring(1) : s));
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new BusinessRuleViolation("body", "文件不是UTF-8编码，请另存为UTF-8后再导入");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return IssueImportReport.of(lines);
    }
}
