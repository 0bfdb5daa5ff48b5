package org.casenotes.fhir.internal.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * REDCap branching logic ({@code [mood] = '2' and ([meds(3)] = '1' or [score] > 10)}) as a "shown when" condition
 * ({@code mood in [c2] and (meds in [c3] or score > 10)}): a radio or dropdown compared with a code becomes
 * membership, a checkbox option {@code [v(code)] = '1'} membership of that option, a yes/no or true/false field
 * {@code true}/{@code false}, a comparison with {@code ''} "is answered"/"is not answered", numbers comparisons.
 * Functions, events, smart variables and fields of other forms are not read: the result is empty with the reason.
 */
final class BranchingLogic {

    /** What a REDCap field became: its name, its kind, its option names by code. */
    record Variable(String name, Kind kind, Map<String, String> options) {
    }

    enum Kind {
        CHOICE, CHECKBOX, BOOLEAN, NUMBER, TEXT
    }

    /** The condition, or why there is none. */
    record Result(String condition, String failure) {
    }

    private final Map<String, Variable> variables;
    private List<String> tokens;
    private int position;

    BranchingLogic(Map<String, Variable> variables) {
        this.variables = variables;
    }

    Result of(String logic) {
        try {
            tokens = tokenize(logic);
            position = 0;
            String condition = or(false);
            if (position < tokens.size()) {
                throw new IllegalArgumentException("unexpected '" + tokens.get(position) + "'");
            }
            return new Result(condition, null);
        } catch (IllegalArgumentException e) {
            return new Result(null, e.getMessage());
        }
    }

    private String or(boolean nested) {
        List<String> operands = new ArrayList<>();
        operands.add(and(true));
        while (accept("or")) {
            operands.add(and(true));
        }
        return join(operands, " or ", nested);
    }

    private String and(boolean nested) {
        List<String> operands = new ArrayList<>();
        operands.add(unary());
        while (accept("and")) {
            operands.add(unary());
        }
        return join(operands, " and ", nested);
    }

    private static String join(List<String> operands, String operator, boolean nested) {
        if (operands.size() == 1) {
            return operands.get(0);
        }
        String joined = String.join(operator, operands);
        return nested ? "(" + joined + ")" : joined;
    }

    private String unary() {
        if (accept("(")) {
            String inner = or(false);
            expect(")");
            return inner.contains(" and ") || inner.contains(" or ") ? "(" + inner + ")" : inner;
        }
        return comparison();
    }

    private String comparison() {
        String reference = next();
        if (!reference.startsWith("[")) {
            throw new IllegalArgumentException("'" + reference + "' is not a field in brackets (functions and"
                    + " smart variables are not read)");
        }
        if (peek().startsWith("[")) {
            throw new IllegalArgumentException("events (" + reference + peek() + ") are not read");
        }
        String operator = next();
        if (!List.of("=", "<>", "!=", ">", "<", ">=", "<=").contains(operator)) {
            throw new IllegalArgumentException("'" + operator + "' is not a comparison");
        }
        String value = literal(next());
        String inside = reference.substring(1, reference.length() - 1).strip();
        String code = null;
        int paren = inside.indexOf('(');
        if (paren > 0 && inside.endsWith(")")) {
            code = inside.substring(paren + 1, inside.length() - 1).strip();
            inside = inside.substring(0, paren).strip();
        }
        Variable variable = variables.get(inside);
        if (variable == null) {
            throw new IllegalArgumentException("it names [" + inside + "], which is not a field of this form");
        }
        boolean equal = operator.equals("=");
        boolean unequal = operator.equals("<>") || operator.equals("!=");
        String name = TemplateText.name(variable.name());
        if (value.isEmpty() && (equal || unequal) && code == null) {
            return name + (equal ? " is not answered" : " is answered");
        }
        if (code != null) {
            if (variable.kind() != Kind.CHECKBOX || !(value.equals("1") || value.equals("0")) || !(equal || unequal)) {
                throw new IllegalArgumentException("[" + inside + "(" + code + ")] " + operator + " '" + value
                        + "' is not a checkbox test");
            }
            boolean checked = value.equals("1") == equal;
            return name + (checked ? " in [" : " not in [") + option(variable, code) + "]";
        }
        return switch (variable.kind()) {
            case CHOICE, CHECKBOX -> {
                if (!(equal || unequal)) {
                    throw new IllegalArgumentException("[" + inside + "] is a choice; it can only be compared with"
                            + " = or <>");
                }
                yield name + (equal ? " in [" : " not in [") + option(variable, value) + "]";
            }
            case BOOLEAN -> {
                if (!(equal || unequal) || !(value.equals("1") || value.equals("0"))) {
                    throw new IllegalArgumentException("[" + inside + "] is yes/no; compare it with '1' or '0'");
                }
                yield name + " = " + (value.equals("1") == equal);
            }
            case NUMBER -> {
                try {
                    new java.math.BigDecimal(value);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("[" + inside + "] is a number, compared with '" + value + "'");
                }
                yield name + " " + (unequal ? "!=" : operator) + " " + value;
            }
            case TEXT -> {
                if (!(equal || unequal)) {
                    throw new IllegalArgumentException("[" + inside + "] is text; it can only be compared with = or"
                            + " <>");
                }
                yield name + (equal ? " = " : " != ") + TemplateText.quoted(value);
            }
        };
    }

    private static String option(Variable variable, String code) {
        String option = variable.options().get(code);
        if (option == null) {
            throw new IllegalArgumentException("the field has no choice '" + code + "'");
        }
        return TemplateText.name(option);
    }

    private static String literal(String token) {
        if (token.length() >= 2 && (token.startsWith("'") && token.endsWith("'")
                || token.startsWith("\"") && token.endsWith("\""))) {
            return token.substring(1, token.length() - 1);
        }
        if (token.matches("-?[0-9]+(\\.[0-9]+)?")) {
            return token;
        }
        throw new IllegalArgumentException("'" + token + "' is not a value in quotes or a number");
    }

    private boolean accept(String token) {
        if (position < tokens.size() && tokens.get(position).equalsIgnoreCase(token)) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!accept(token)) {
            throw new IllegalArgumentException("'" + token + "' expected");
        }
    }

    private String next() {
        if (position >= tokens.size()) {
            throw new IllegalArgumentException("it ends too early");
        }
        return tokens.get(position++);
    }

    private String peek() {
        return position < tokens.size() ? tokens.get(position) : "";
    }

    private static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '[') {
                int end = text.indexOf(']', i);
                if (end < 0) {
                    throw new IllegalArgumentException("a '[' is not closed");
                }
                tokens.add(text.substring(i, end + 1));
                i = end + 1;
            } else if (c == '\'' || c == '"') {
                int end = text.indexOf(c, i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("a quote is not closed");
                }
                tokens.add(text.substring(i, end + 1));
                i = end + 1;
            } else if (c == '(' || c == ')') {
                tokens.add(String.valueOf(c));
                i++;
            } else if ("<>=!".indexOf(c) >= 0) {
                int end = i + 1;
                while (end < text.length() && "<>=".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                tokens.add(text.substring(i, end));
                i = end;
            } else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))
                        && "[]()'\"<>=!".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                tokens.add(text.substring(i, end));
                i = end;
            }
        }
        return tokens;
    }

}
