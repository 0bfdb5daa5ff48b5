package org.casenotes.template.ide.services;

/**
 * One content-assist proposal.
 *
 * @param text        what to insert (replacing {@code prefix})
 * @param prefix      the text before the cursor that the proposal completes
 * @param label       what to show in the list
 * @param kind        keyword, reference, ... (the LSP completion kinds)
 * @param description extra detail, may be null
 */
public record Proposal(String text, String prefix, String label, String kind, String description) {
}
