package org.zhpipe.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhpipe.stage.CodePointMapper;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.StageKind;
import org.zhpipe.stage.type.Doc;
import org.zhpipe.stage.type.InvalidParameterException;
import org.zhpipe.stage.type.NoParams;
import org.zhpipe.stage.type.StageType;
import org.zhpipe.text.Tokens;

/**
 * One place per stage type: {@code "type": "token_filter"} is declared by {@code TokenFilterStage.TYPE} in the
 * package of its kind, with its parameter record beside it; and a new stage type is one file.
 */
class StageTypeFilesTest {
    private static final Path SOURCES = Path.of("src/main/java/org/zhpipe");
    private static final List<String> RUNTIME_PACKAGES = List.of("normalize", "convert", "pii", "segment", "token",
            "quality", "lang", "feature");

    @Test
    void everyStandardTypeIsDeclaredByTheClassNamedAfterIt() throws ReflectiveOperationException, IOException {
        for (StageType<?> type : StageRegistry.standard().types()) {
            // the type's words, capitalized (in the case Java names spell them: tfidf → TfIdf), and "Stage"
            String className = camelCase(type.name()) + "Stage";
            List<Class<?>> found = new ArrayList<>();
            for (String pkg : RUNTIME_PACKAGES) {
                try (Stream<Path> files = Files.list(SOURCES.resolve(pkg))) {
                    for (Path file : files.toList()) {
                        String name = file.getFileName().toString().replaceFirst("\\.java$", "");
                        if (name.equalsIgnoreCase(className)) {
                            found.add(Class.forName("org.zhpipe." + pkg + "." + name));
                        }
                    }
                }
            }
            assertEquals(1, found.size(), type.name() + ": expected exactly one class " + className + ", found "
                    + found);
            Class<?> declaring = found.get(0);
            assertSame(type, declaring.getField("TYPE").get(null), type.name() + ": " + declaring.getName()
                    + ".TYPE");
            Class<?> params = type.parametersClass();
            assertTrue(params == NoParams.class || params.getEnclosingClass() == declaring,
                    type.name() + ": its parameter record " + params.getName() + " belongs in " + declaring.getName());
        }
    }

    @Test
    void eachNameLooksUpTheTypeOfThatNameAndTheNamesListTheTypesInOrder() {
        StageRegistry registry = StageRegistry.standard();
        List<String> typeNames = registry.types().stream().map(StageType::name).toList();
        assertEquals(List.copyOf(registry.names()), typeNames);
        for (String name : registry.names()) {
            assertEquals(name, registry.get(name).orElseThrow().name());
        }
        assertTrue(registry.get("no_such_stage").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> registry.with(registry.get("halfwidth").orElseThrow()));
    }

    private static String camelCase(String snake) {
        StringBuilder b = new StringBuilder();
        for (String word : snake.split("_")) {
            b.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return b.toString();
    }

    /** A stage type as a library user (or zhpipe itself) writes one: parameters, registration and behaviour. */
    static final class MaskDigitsStage implements CodePointMapper {
        record Params(
                @Doc("the character that replaces each ASCII digit")
                String mask) {
            static final Params DEFAULTS = new Params("#");

            Params {
                if (mask.codePointCount(0, mask.length()) != 1) {
                    throw new InvalidParameterException("mask", "expected one character, got \"" + mask + "\"");
                }
            }
        }

        static final StageType<Params> TYPE = StageType.of("mask_digits", StageKind.TEXT,
                "Replaces each ASCII digit with a mask character.", Params.DEFAULTS, "mask",
                p -> new MaskDigitsStage(p.mask().codePointAt(0)));

        private final int mask;

        MaskDigitsStage(int mask) {
            this.mask = mask;
        }

        @Override
        public int map(int codePoint) {
            return codePoint >= '0' && codePoint <= '9' ? mask : codePoint;
        }
    }

    @Test
    void aNewStageTypeIsOneFileAndOneRegistration() {
        StageRegistry registry = StageRegistry.standard().with(MaskDigitsStage.TYPE);
        Spec spec = Spec.parse("""
                {"stages": [{"type": "halfwidth"}, {"type": "mask_digits", "mask": "𠀀"}, {"type": "tokenize"}]}
                """, registry);
        Pipeline pipeline = spec.build();
        Tokens tokens = pipeline.process("电话 １２３").tokens();
        assertEquals(List.of("电", "话", "𠀀", "𠀀", "𠀀"), tokens.terms());
        for (int i = 2; i < 5; i++) {
            assertEquals(i + 1, tokens.start(i)); // each mask covers the full-width digit it replaced
            assertEquals(i + 2, tokens.end(i));
        }
        // the written spec reads back to the same parameters, and the inline form sets the primary parameter
        assertEquals(spec.stages(), Spec.parse(spec.toJson(), registry).stages());
        assertEquals("电话**", Spec.parseInline("mask_digits:*", registry).build().process("电话42").output());
        // wrong values are reported where they are, as for every standard stage
        SpecException e = assertThrows(SpecException.class,
                () -> Spec.parse("{\"stages\": [{\"type\": \"mask_digits\", \"mask\": \"ab\"}]}", registry));
        assertEquals("spec:1:37: stages[0].mask: expected one character, got \"ab\"", e.getMessage());
        // the standard registry does not know it
        assertThrows(SpecException.class, () -> Spec.parseInline("mask_digits"));
    }
}
