package org.zhpipe.spec;

import org.zhpipe.stage.type.Doc;
/** Parameters of {@code convert}. Inline: {@code convert:t2s}, {@code convert:s2twp;tofu=false}. */
public record ConvertParams(
        @Doc("OpenCC configuration: s2t, t2s, s2tw, tw2s, s2twp, tw2sp, s2hk, hk2s, s2hkp, hk2sp, t2tw, tw2t, t2hk, "
                + "hk2t, t2jp, jp2t, or the path of your OpenCC-format configuration JSON (dictionaries beside it); "
                + "required")
        String config,
        @Doc("also use dictionaries marked may_output_tofu (rare characters common fonts may lack), as OpenCC's "
                + "library does; false behaves like OpenCC's command-line tool")
        boolean tofu) {
    public static final ConvertParams DEFAULTS = new ConvertParams(null, true);
}
