package org.casenotes.ui.tests.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casenotes.export.DocumentKind;
import org.casenotes.export.ExportProgress;
import org.casenotes.export.Exporters;
import org.casenotes.export.RecordExport;
import org.casenotes.export.RecordsRequest;
import org.casenotes.model.record.Client;
import org.casenotes.ui.caseload.CaseloadSession;
import org.casenotes.ui.caseload.CaseloadUi;
import org.casenotes.ui.caseload.CaseloadView;
import org.casenotes.ui.charts.ChartImages;
import org.casenotes.ui.lifecycle.NoteForms;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.Screenshots;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The records-request PDF written from the workbench (Client &gt; Export Record…) carries the progress charts as
 * images: one per instrument and one of the plan's goals, drawn off-screen by SWTChart, read back from the PDF.
 */
class RecordsRequestChartsUiTest {

    @TempDir
    Path folder;

    @Test
    void theRecordsRequestPdfEmbedsAChartImagePerInstrumentAndForTheGoals() throws IOException {
        CaseloadView caseload = (CaseloadView) ActiveWorkbench.page().findView(CaseloadUi.CASELOAD_VIEW);
        EventLoop.spinUntil(caseload::isLoaded, 120_000, "the caseload to load");
        Client samira = CaseloadSession.current().store().loadClient("C-1003").orElseThrow();
        long instruments = samira.getMeasureResults().stream().map(result -> result.getInstrumentId()).distinct()
                .count();
        RecordExport export = new RecordExport(CaseloadSession.current().store(), NoteForms.installed()::form,
                Exporters.contributed(RegistryFactory.getRegistry()), Clock.systemDefaultZone(),
                new ChartImages(Display.getCurrent()));
        Path pdf = folder.resolve("record.pdf");

        export.write(new RecordsRequest("C-1003", null, null, EnumSet.of(DocumentKind.MEASURES,
                DocumentKind.TREATMENT_PLAN)), pdf, ExportProgress.NONE);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<PDImageXObject> images = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    PDXObject object = page.getResources().getXObject(name);
                    if (object instanceof PDImageXObject image) {
                        images.add(image);
                    }
                }
            }
            assertEquals(instruments + 1, images.size(), "a chart per instrument and one of the goals");
            for (PDImageXObject image : images) {
                assertEquals(1000, image.getWidth());
                assertEquals(460, image.getHeight());
                assertTrue(distinctColours(image) > 8, "the image is a drawn chart, not a blank");
            }
            javax.imageio.ImageIO.write(images.get(0).getImage(), "png",
                    Files.createDirectories(Screenshots.folder()).resolve("records-request-phq9-chart.png").toFile());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("PHQ-9 totals over time"), text);
            assertTrue(text.contains("Kroenke"), "the thresholds' source is cited under the chart");
        }
        assertTrue(Files.size(pdf) > 20_000);
    }

    private static int distinctColours(PDImageXObject image) throws IOException {
        java.awt.image.BufferedImage pixels = image.getImage();
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < pixels.getHeight(); y += 7) {
            for (int x = 0; x < pixels.getWidth(); x += 7) {
                colours.add(pixels.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
