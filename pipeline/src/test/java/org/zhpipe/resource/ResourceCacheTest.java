package org.zhpipe.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.zhpipe.spec.Spec;
import org.zhpipe.spec.StageRegistry;
import org.zhpipe.stage.StageKind;
import org.zhpipe.stage.TextStage;
import org.zhpipe.stage.type.StageType;

class ResourceCacheTest {
    record TableParams(String table) {
        static final TableParams DEFAULTS = new TableParams("a");
    }

    @Test
    void stagesNamingTheSameResourceShareOneLoad() {
        AtomicInteger loads = new AtomicInteger();
        StageType<TableParams> type = StageType.withResources("table", StageKind.TEXT, "Test stage.",
                TableParams.DEFAULTS, "table", (p, resources) -> {
                    String table = resources.get(p.table(), String.class, () -> {
                        loads.incrementAndGet();
                        return "loaded " + p.table();
                    });
                    return (TextStage) text -> text;
                });
        StageRegistry registry = StageRegistry.standard().with(type);
        Spec spec = Spec.parseInline("table:a,table:b,table:a", registry);
        spec.build();
        assertEquals(2, loads.get());
        ResourceCache shared = new ResourceCache();
        spec.build(shared);
        spec.build(shared);
        assertEquals(4, loads.get());
        assertEquals(2, shared.size());
        assertSame(shared.get("a", String.class, () -> "other"), shared.get("a", String.class, () -> "other"));
    }
}
