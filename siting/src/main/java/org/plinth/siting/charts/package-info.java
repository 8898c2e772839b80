/**
 * PNG charts for siting reports, drawn with JFreeChart into an in-memory image: the SMAA rank
 * acceptability chart and the one-at-a-time weight sweep chart. Chart classes return PNG bytes and
 * never touch files; the caller decides where they go. They need no display but do need fonts;
 * servers and CI should run the JVM with {@code -Djava.awt.headless=true}.
 */
package org.plinth.siting.charts;
