/**
 * Moving a caseload in from a spreadsheet: a CSV file is read ({@link org.casenotes.core.clientimport.CsvText}
 * refuses anything but UTF-8, naming the line), parsed ({@link org.casenotes.core.clientimport.CsvTable}), its
 * columns mapped to a client's fields ({@link org.casenotes.core.clientimport.ColumnMapping}, guessed from the
 * header and changeable), and every row checked by the rules the client dialog uses
 * ({@link org.casenotes.core.clientimport.ImportPlan}). Headless: the workbench's import dialog and the command line
 * show the same plan; saving its clients is the store's one transaction.
 */
package org.casenotes.core.clientimport;
