package org.briefdesk.domain.model.briefing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * An issue's number (期号): 第N期 within its kind and year, and 总第M期 over the kind's whole run.
 * Given once by {@link BriefingTitle}'s numbering and never changed.
 */
@Embeddable
public class IssueNumber {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IssueKind kind;

    @Column(name = "issue_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int number;

    @Column(name = "total_number")
    private Integer total;

    protected IssueNumber() {}

    public IssueNumber(IssueKind kind, int year, int number, Integer total) {
        if (number < 1 || (total != null && total < number)) {
            throw new IllegalArgumentException("invalid issue number " + number + "/" + total);
        }
        if (kind.hasRunningTotal() != (total != null)) {
            throw new IllegalArgumentException(kind + " running total " + total);
        }
        this.kind = Objects.requireNonNull(kind);
        this.year = year;
        this.number = number;
        this.total = total;
    }

    public IssueKind getKind() {
        return kind;
    }

    public int getYear() {
        return year;
    }

    public int getNumber() {
        return number;
    }

    public Integer getTotal() {
        return total;
    }

    /** As printed: 第12期（总第128期）. */
    public String printed() {
        return "第" + number + "期" + (total == null ? "" : "（总第" + total + "期）");
    }

    /** As listed: 2026年普刊第12期. */
    public String label() {
        return year + "年" + kind.getLabel() + "第" + number + "期";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IssueNumber n
                && n.kind == kind
                && n.year == year
                && n.number == number
                && Objects.equals(n.total, total);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, year, number, total);
    }

    @Override
    public String toString() {
        return label();
    }
}
