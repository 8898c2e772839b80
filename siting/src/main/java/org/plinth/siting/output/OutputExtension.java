package org.plinth.siting.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Something a later step adds to a run's outputs (e.g. the robustness analysis): files in the
 * staging folder, a report section and entries in {@code summary.json}. Written inside the same
 * atomic output folder as the rest.
 */
public interface OutputExtension {
    /** Writes this extension's own files into {@code dir}. */
    void writeFiles(Path dir) throws IOException;

    /** An HTML {@code <section>} for the report, placed after the comparison. */
    String htmlSection();

    /** Adds entries to the summary's root object. */
    void addTo(ObjectNode summary);

    /** Lines for the command's short printed summary, after the strategies' (none by default). */
    default java.util.List<String> summaryLines() {
        return java.util.List.of();
    }
}
