/**
 * What every workbench test does with real widgets, whatever it tests: running the event loop, finding controls,
 * clicking and typing, answering dialogs and saving screenshots. Only for test bundles: nothing in the product
 * requires this bundle, and it knows nothing of Casenotes' own parts (their drivers stay in their test bundles).
 */
package org.casenotes.ui.testsupport;
