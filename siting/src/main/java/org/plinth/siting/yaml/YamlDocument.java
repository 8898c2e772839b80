package org.plinth.siting.yaml;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.plinth.siting.BadInputException;

/** Parses a YAML file into a {@link YamlNode} tree; syntax errors name the line and column. */
public final class YamlDocument {
    private YamlDocument() {
    }

    /** The root node of {@code file}; fails with line and column on invalid YAML. */
    public static YamlNode parse(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new BadInputException(file + ": not UTF-8 text (save the YAML file as UTF-8)", e);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read file" + (Files.exists(file) ? ": " + e.getMessage()
                    : " (not found)"), e);
        }
        return parse(file, text);
    }

    /** The root node of YAML text said to come from {@code file}. */
    public static YamlNode parse(Path file, String text) {
        LoadSettings settings = LoadSettings.builder().setLabel(file.getFileName().toString())
                .setAllowDuplicateKeys(false).setMaxAliasesForCollections(50).build();
        try {
            return new YamlNode(file, "", new Compose(settings).composeString(text)
                    .orElseThrow(() -> new BadInputException(file.getFileName() + ": the file is empty")));
        } catch (MarkedYamlEngineException e) {
            String where = e.getProblemMark().map(m -> " line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1))
                    .orElse("");
            throw new BadInputException(file.getFileName() + where + ": invalid YAML: " + e.getProblem(), e);
        } catch (YamlEngineException e) {
            throw new BadInputException(file.getFileName() + ": invalid YAML: " + e.getMessage(), e);
        }
    }
}
