package org.casenotes.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.casenotes.core.rules.DocumentKind;
import org.casenotes.core.rules.FieldText;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.PlainNoteContext;
import org.casenotes.core.rules.RuleEngine;
import org.casenotes.core.rules.language.LanguagePack;
import org.casenotes.core.rules.language.WordListProblem;

/**
 * {@code casenotes lint [--json] [--letter] FILE...}: checks the wording of plain-text notes or letters with the
 * language and privacy rules of the installed rule packs, as the workbench does while a clinician types. Only text
 * files of up to {@value #LIMIT_MEGABYTES} MB are read (a note is a few kilobytes; linting takes about forty times a
 * file's size in memory); anything else is refused with the reason, and the other files are still checked.
 */
final class LintCommand implements Command {

    static final int LIMIT_MEGABYTES = 4;
    private static final long LIMIT_BYTES = LIMIT_MEGABYTES * (1L << 20);

    private final Supplier<LanguagePack> languagePack;

    LintCommand(Supplier<LanguagePack> languagePack) {
        this.languagePack = languagePack;
    }

    @Override
    public String name() {
        return "lint";
    }

    @Override
    public String usage() {
        return "[--json] [--letter] FILE...   check the wording of text files (notes, or letters with --letter)";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        boolean json = false;
        DocumentKind kind = DocumentKind.RECORD_NOTE;
        List<Path> files = new ArrayList<>();
        for (String argument : arguments) {
            switch (argument) {
                case "--json" -> json = true;
                case "--letter" -> kind = DocumentKind.LETTER;
                default -> {
                    if (argument.startsWith("--")) {
                        err.println("casenotes lint: unknown option " + argument);
                        return ExitCode.CANNOT_RUN;
                    }
                    files.add(Path.of(argument));
                }
            }
        }
        if (files.isEmpty()) {
            err.println("casenotes lint: name at least one file, e.g. casenotes lint note.txt");
            return ExitCode.CANNOT_RUN;
        }
        LanguagePack pack = languagePack.get();
        for (WordListProblem problem : pack.problems()) {
            err.println("casenotes lint: word list skipped: " + problem);
        }
        RuleEngine engine = new RuleEngine(pack.rules());
        FindingsReport report = new FindingsReport();
        boolean unreadable = false;
        for (Path file : files) {
            String text;
            try {
                text = read(file, err);
            } catch (InputRefusedException e) {
                err.println("casenotes lint: cannot read " + file + ": " + e.getMessage());
                unreadable = true;
                continue;
            }
            List<Finding> findings = engine.evaluate(PlainNoteContext.of(kind, FieldText.of("text", text)));
            report.add(file.toString(), text, findings);
        }
        if (json) {
            report.printJson(out);
        } else {
            report.printText(out);
        }
        if (unreadable) {
            return ExitCode.CANNOT_RUN;
        }
        return report.hasErrors() ? ExitCode.ERRORS_FOUND : ExitCode.CLEAN;
    }

    /** Reads a text file; bytes that are not UTF-8 are read as U+FFFD and named on {@code err}. */
    private static String read(Path file, PrintStream err) throws InputRefusedException {
        TextFile input = TextFile.read(file, LIMIT_BYTES);
        if (input.undecodableBytes() > 0) {
            TextPosition first = input.firstUndecodable();
            int more = input.undecodableBytes() - 1;
            err.println("casenotes lint: " + file + ":" + first.line() + ":" + first.column() + ": "
                    + (more == 0 ? "this byte is not UTF-8 text and was" : "this byte and " + more + " more are not "
                            + "UTF-8 text and were") + " checked as U+FFFD; save the file as UTF-8");
        }
        return input.text();
    }
}
