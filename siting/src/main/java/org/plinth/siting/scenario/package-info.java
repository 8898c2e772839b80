/**
 * Scenario files: the validated model of {@code scenario.yaml} and its strict reader. Every key is
 * documented in {@code docs/scenario.md}; every error names the file, line, column, key and value.
 */
package org.plinth.siting.scenario;
