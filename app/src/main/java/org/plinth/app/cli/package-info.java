/**
 * The picocli command line: {@code run}, {@code robustness}, {@code weigh} and the {@code raster}
 * tools. Commands parse, call the engine and print; exceptions become exit codes in one place
 * ({@link org.plinth.app.cli.PlinthCommand}): 0 success, 2 bad input or usage, 1 other failure.
 */
package org.plinth.app.cli;
