/**
 * The store's performance harness ({@link org.casenotes.store.tests.bench.StoreBenchmark}, run by
 * {@code releng/bench/store-bench.sh}) and the large-caseload generator it uses. Not tests: surefire does not pick
 * these classes up, and their numbers depend on the machine.
 */
package org.casenotes.store.tests.bench;
