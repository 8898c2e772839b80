/** plinth's application: the only {@code main}, which runs the command line. */
package org.plinth.app;
