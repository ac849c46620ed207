package org.briefdesk.domain.model.briefing;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.briefdesk.domain.shared.Text;

/**
 * A briefing title (简报名称), e.g. 海淀区创建首都文明区简报: who issues it (编发单位), its default
 * distribution block and its page layout. Issues are numbered per title; the numbering service locks
 * the title's row so two editors creating issues at once get consecutive numbers.
 */
@Entity
@Table(name = "briefing_title")
public class BriefingTitle {

    public static final int NAME_MAX = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "briefing_seq")
    @SequenceGenerator(name = "briefing_seq", sequenceName = "briefing_seq", allocationSize = 10)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "issuing_unit", nullable = false, length = NAME_MAX)
    private String issuingUnit;

    @Embedded
    private Distribution distribution;

    @Embedded
    private PageLayout layout;

    @Column(nullable = false)
    private boolean active = true;

    /** 签发: publishing an issue of this title needs a signer's approval. */
    @Column(name = "sign_off_required", nullable = false)
    private boolean signOffRequired;

    protected BriefingTitle() {}

    public BriefingTitle(String name, String issuingUnit, Distribution distribution, PageLayout layout) {
        rename(name, issuingUnit);
        redistribute(distribution);
        relayout(layout);
    }

    public void rename(String name, String issuingUnit) {
        this.name = Text.requireLine(name, "name", "简报名称", NAME_MAX);
        this.issuingUnit = Text.requireLine(issuingUnit, "issuingUnit", "编发单位", NAME_MAX);
    }

    /** The block new issues start with; issues already created keep theirs. */
    public void redistribute(Distribution distribution) {
        this.distribution = distribution == null ? Distribution.standard() : distribution;
    }

    public void relayout(PageLayout layout) {
        this.layout = layout == null ? PageLayout.standard() : layout;
    }

    public void requireSignOff(boolean required) {
        this.signOffRequired = required;
    }

    public boolean isSignOffRequired() {
        return signOffRequired;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getIssuingUnit() {
        return issuingUnit;
    }

    public Distribution getDistribution() {
        return distribution;
    }

    public PageLayout getLayout() {
        return layout;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public String toString() {
        return name;
    }
}
