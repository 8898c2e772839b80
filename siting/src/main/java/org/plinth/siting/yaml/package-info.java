/** Strict YAML reading with positions: every error names the file, line, column and key path. */
package org.plinth.siting.yaml;
