package io.strata.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** The committed parser was generated from the grammar as it is now. */
class GrammarCurrentTest {

    @Test
    void generatedCodeMatchesTheGrammar() throws Exception {
        byte[] grammar = Files.readAllBytes(Path.of("src/main/java/io/strata/dsl/StrataDsl.xtext"));
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(grammar));
        String recorded = Files.readString(Path.of("src/main/xtext-gen/io/strata/dsl/StrataDsl.xtext.sha256")).strip();
        assertEquals(recorded, hash, "StrataDsl.xtext changed since src/main/xtext-gen was generated: run releng/scripts/generate-dsl");
    }
}
