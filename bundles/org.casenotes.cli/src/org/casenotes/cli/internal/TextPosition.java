package org.casenotes.cli.internal;

/** A 1-based line and column in a text, as editors and compilers report them. */
record TextPosition(int line, int column) {
}
