package org.plinth.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layering: dependencies point downward (raster ← decision ← siting ← app), and the
 * kernels stay free of file I/O and printing so they can run in a CLI, a web worker or a Spark task.
 */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.plinth");
    }

    @Test
    void theRulesSeeEveryModule() {
        // An import that found nothing would make every rule below pass vacuously.
        for (String pkg : new String[] {"org.plinth.raster.visibility", "org.plinth.raster.io", "org.plinth.decision.ahp",
            "org.plinth.siting.run", "org.plinth.app.cli"}) {
            assertThat(classes.stream().filter(c -> c.getPackageName().equals(pkg)).count()).as(pkg).isGreaterThan(2);
        }
    }

    @Test
    void rasterDependsOnNothingAbove() {
        noClasses().that().resideInAPackage("org.plinth.raster..")
                .should().dependOnClassesThat().resideInAnyPackage("org.plinth.decision..", "org.plinth.siting..",
                        "org.plinth.app..", "picocli..", "com.fasterxml..", "org.locationtech..")
                .check(classes);
    }

    @Test
    void decisionDoesNotKnowSitingOrTheCli() {
        noClasses().that().resideInAPackage("org.plinth.decision..")
                .should().dependOnClassesThat().resideInAnyPackage("org.plinth.siting..", "org.plinth.app..", "picocli..")
                .check(classes);
    }

    @Test
    void sitingDoesNotKnowTheCli() {
        noClasses().that().resideInAPackage("org.plinth.siting..")
                .should().dependOnClassesThat().resideInAnyPackage("org.plinth.app..", "picocli..")
                .check(classes);
    }

    @Test
    void kernelsDoNoFileIoAndNoPrinting() {
        noClasses().that().resideInAnyPackage("org.plinth.raster.terrain..", "org.plinth.raster.distance..",
                        "org.plinth.raster.focal..", "org.plinth.raster.visibility..", "org.plinth.raster.algebra..",
                        "org.plinth.decision..")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.io.File")
                .orShould().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }
}
