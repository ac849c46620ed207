package org.briefdesk.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders page 1 with poppler's pdftoppm, as a reader's viewer would, and checks where the red is:
 * in the header (title and rule), not in the body.
 */
class PdfRenderingTest {

    private static final int DPI = 50;

    @TempDir
    Path dir;

    @Test
    void pageOneRendersWithARedHeaderAndNoRedInTheBody() throws Exception {
        Path pdf = dir.resolve("briefing.pdf");
        Files.write(pdf, new PdfBriefingWriter(BriefingFonts.configured()).write(PrintedIssues.regular(3, 1500)));
        BufferedImage page = pageOne(pdf);
        assertEquals(Math.round(210 / 25.4 * DPI), page.getWidth(), 1, "A4 width");
        assertEquals(Math.round(297 / 25.4 * DPI), page.getHeight(), 1, "A4 height");
        int headerBottom = (int) (page.getHeight() * 0.36);
        int headerRed = redPixels(page, 0, headerBottom);
        int bodyRed = redPixels(page, headerBottom, page.getHeight());
        assertTrue(headerRed > 800, "the red title and rule show in the header: " + headerRed + " red pixels");
        assertEquals(0, bodyRed, "no red below the header");
        assertTrue(redPixels(page, 0, (int) (page.getHeight() * 37 / 297.0)) == 0, "nothing red in the top margin");
    }

    private BufferedImage pageOne(Path pdf) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(
                            "pdftoppm",
                            "-png",
                            "-r",
                            String.valueOf(DPI),
                            "-f",
                            "1",
                            "-l",
                            "1",
                            "-singlefile",
                            pdf.toString(),
                            dir.resolve("page1").toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            fail("pdftoppm is needed to render the PDF: install the Debian package poppler-utils (bin/test does). "
                    + e.getMessage());
            return null;
        }
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdftoppm did not finish");
        assertEquals(0, process.exitValue(), "pdftoppm failed: " + output);
        return ImageIO.read(dir.resolve("page1.png").toFile());
    }

    /** Pixels close to the briefing red (#E60012): strong red, little green and blue. */
    private static int redPixels(BufferedImage image, int fromY, int toY) {
        int count = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (r > 180 && g < 110 && b < 110) {
                    count++;
                }
            }
        }
        return count;
    }
}
