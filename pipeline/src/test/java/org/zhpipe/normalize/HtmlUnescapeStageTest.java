package org.zhpipe.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.zhpipe.testing.TokenAssertions.assertTokens;

import org.junit.jupiter.api.Test;
import org.zhpipe.segment.BasicTokenizer;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.text.Text;

class HtmlUnescapeStageTest {
    private final HtmlUnescapeStage stage = new HtmlUnescapeStage();

    private String apply(String s) {
        return stage.apply(Text.of(s)).current();
    }



    @Test
    void namedAndNumericReferences() {
        assertEquals("A&B <b> \u00A0中中中", apply("A&amp;B &lt;b&gt; &nbsp;&#20013;&#x4E2D;&#X4e2d;"));
    }

    @Test
    void unknownOrBrokenReferencesStay() {
        assertEquals("&foo; & &#xZZ; &#99999999;", apply("&foo; & &#xZZ; &#99999999;"));
        assertEquals("a&", apply("a&"));
    }

    @Test
    void supplementaryPlane() {
        assertEquals("𠀀😀", apply("&#x20000;&#128512;"));
        assertEquals("𠀀&", apply("𠀀&amp;"));
    }

    @Test
    void offsetsCoverTheWholeReference() {
        Pipeline p = Pipeline.builder().add(stage).add(new BasicTokenizer()).build();
        String original = "R&amp;D 研&#x53D1;";
        assertTokens(p.process(original).tokens(), original,
                new String[] {"R", "&", "D", "研", "发"},
                new int[] {0, 1, 6, 8, 9},
                new int[] {1, 6, 7, 9, 17});
    }
}
