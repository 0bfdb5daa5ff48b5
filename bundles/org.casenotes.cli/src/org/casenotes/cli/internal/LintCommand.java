package org.casenotes.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * language and privacy rules of the installed rule packs, as the workbench does while a clinician types.
 */
final class LintCommand implements Command {

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
                text = read(file);
            } catch (IOException e) {
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

    /** Reads UTF-8 text, replacing malformed bytes instead of failing on them. */
    private static String read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("it is a folder");
        }
        byte[] bytes = Files.readAllBytes(file);
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(java.nio.ByteBuffer.wrap(bytes))
                .toString();
    }
}
