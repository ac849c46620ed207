package org.briefdesk.infrastructure.export;

/**
 * The end block (版记) at the bottom of the last page: who the issue is reported (报), sent (送)
 * and distributed (发) to, one-off extra recipients (本期增发) and the print run (共印N份).
 * A blank recipient line is left out of the print.
 */
public record EndBlock(String reportTo, String sendTo, String distributeTo, String extraRecipients, int printCount) {

    public EndBlock {
        if (printCount < 1 || printCount > 100_000) {
            throw new IllegalArgumentException("印数应在1至100000份之间：" + printCount);
        }
    }
}
