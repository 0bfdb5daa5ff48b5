package org.casenotes.ui.lifecycle;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** Signing's questions as dialogs of the workbench; what blocks signing is listed in full, each a link to its field. */
final class DialogSigningPrompts implements SigningPrompts {

    private final Shell shell;
    private final Consumer<String> showField;

    /** @param showField puts the caret in the note's field at the given path (a blocker's link) */
    DialogSigningPrompts(Shell shell, Consumer<String> showField) {
        this.shell = shell;
        this.showField = showField;
    }

    @Override
    public void showBlocking(List<SigningBlocker> blockers) {
        new BlockedSigningDialog(shell, blockers, showField).open();
    }

    @Override
    public void showBlocked(List<String> reasons) {
        MessageDialog.openError(shell, "Cannot Sign Yet",
                "Fix these before signing:\n\n" + bullets(reasons));
    }

    @Override
    public boolean confirmSignature(String signatureLine, List<String> warnings) {
        String message = "Sign as " + signatureLine + "?\n\nOnce signed the note is locked; corrections are addenda."
                + (warnings.isEmpty() ? "" : "\n\nPlease read these warnings first:\n\n" + bullets(warnings));
        MessageDialog dialog = new MessageDialog(shell, "Sign Note", null, message,
                warnings.isEmpty() ? MessageDialog.QUESTION : MessageDialog.WARNING, 0, "&Sign",
                IDialogConstants.CANCEL_LABEL);
        return dialog.open() == 0;
    }

    @Override
    public Optional<String> lateEntryReason(Instant closedAt) {
        String closed = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .format(closedAt.atZone(ZoneId.systemDefault()));
        InputDialog dialog = new InputDialog(shell, "Late Entry",
                "The signing window closed on " + closed + ". The note will be labelled a late entry.\n"
                        + "Why is it signed late?",
                "", text -> text == null || text.isBlank() ? "A late entry needs its reason." : null);
        return dialog.open() == Window.OK ? Optional.of(dialog.getValue().strip()) : Optional.empty();
    }

    private static String bullets(List<String> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append("\u2022 ").append(line).append('\n'));
        return text.toString().strip();
    }
}
