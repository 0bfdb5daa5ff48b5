package org.casenotes.ui.tests.lifecycle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casenotes.ui.export.ExportDestinations;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Shell;

/**
 * Answers the platform's save and print dialogs, which no test can drive, with a file and a printer chosen in advance
 * (none: cancelled), and keeps the file names the commands suggested.
 */
final class ChosenDestinations implements ExportDestinations {

    Path file;
    PrinterData printer;
    final List<String> suggestedNames = new ArrayList<>();

    @Override
    public Optional<Path> pdfFile(Shell shell, String title, String suggestedName) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(file);
    }

    @Override
    public Optional<PrinterData> printer(Shell shell) {
        return Optional.ofNullable(printer);
    }
}
