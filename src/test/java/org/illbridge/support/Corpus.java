package org.illbridge.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared corpus of real NCIP and ISO 18626 messages and the official schemas, beside the project. */
public final class Corpus {

    public static final Path ROOT = Path.of("..", "shared", "corpus");

    public static final Path NCIP_2_02_SCHEMA = ROOT.resolve("indexdata-crosslink/ncip_v2_02.xsd");
    public static final Path ISO18626_2017_SCHEMA = ROOT.resolve("indexdata-crosslink/ISO-18626-v1_2.xsd");
    public static final Path ISO18626_2021_SCHEMA = ROOT.resolve("hypernova-koha-iso18626/ISO-18626-2021-2.xsd");

    private Corpus() {
    }

    /** Skips the calling test, visibly, when the corpus is not beside the project. */
    public static void assumePresent() {
        boolean present = Files.isDirectory(ROOT);
        if (!present) {
            System.out.println("SKIPPED: ../shared/corpus is absent; corpus and conformance tests did not run");
        }
        assumeTrue(present, "../shared/corpus is absent");
    }

    public static List<Path> xmlFiles() {
        if (!Files.isDirectory(ROOT)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(file -> file.toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
